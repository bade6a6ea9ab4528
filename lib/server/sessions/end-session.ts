import type { PrismaClient } from "@/lib/db/client";

/** Ends one session (sign-out); a copy of its cookie is refused from now on. */
export async function endSession(db: PrismaClient, sessionId: string | undefined, reason: string, now = new Date()): Promise<boolean> {
  if (!sessionId) return false;
  const ended = await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason } });
  return ended.count > 0;
}
