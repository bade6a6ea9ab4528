import type { PrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";

/** A new server-side session at sign-in; the session cookie carries its id. */
export async function startSession(db: PrismaClient, { userId, address, userAgent, now = new Date() }: { userId: string; address: string; userAgent: string; now?: Date }) {
  const session = await db.session.create({
    data: { userId, address: address.slice(0, 64), userAgent: userAgent.slice(0, 300), createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + env().SESSION_MAX_AGE) },
    select: { id: true },
  });
  return session.id;
}
