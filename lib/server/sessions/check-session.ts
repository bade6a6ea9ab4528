import type { PrismaClient } from "@/lib/db/client";
import { sessionEnd } from "@/lib/domain/session";
import { env } from "@/lib/env";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

// A busy page asks on every request; writing lastSeenAt at most once a minute keeps that a read.
const TOUCH_EVERY_MS = 60_000;

/**
 * Whether a session may go on: not ended, not idle longer than SESSION_IDLE_TIMEOUT, not older than
 * SESSION_MAX_AGE. A session found idle or too old is ended here, with an audit entry.
 */
export async function checkSession(db: PrismaClient, sessionId: string | undefined, now = new Date()): Promise<boolean> {
  if (!sessionId) return false;
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: { select: { id: true, name: true, email: true } } } });
  if (!session || session.endedAt) return false;
  const end = sessionEnd(session, { idleMs: env().SESSION_IDLE_TIMEOUT, now });
  if (end) {
    const ended = await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: end } });
    if (ended.count) await recordSecurityEvent(db, { type: "session.expired", actor: session.user, subject: session.user.email, address: session.address, data: { reason: end } });
    return false;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return true;
}
