import type { Prisma } from "@/lib/generated/prisma/client";

/** Ends every session of a person: "sign out everywhere", a password change, a deactivation, a role change. */
export async function endAllSessions(db: Prisma.TransactionClient, userId: string, reason: string, now = new Date()): Promise<number> {
  const ended = await db.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now, endReason: reason } });
  return ended.count;
}
