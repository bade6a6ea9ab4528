// When a server-side session ends by itself: idle too long, or past its absolute lifetime. Pure.
export type SessionTimes = { lastSeenAt: Date; expiresAt: Date };

export function sessionEnd(session: SessionTimes, { idleMs, now }: { idleMs: number; now: Date }): "idle" | "expired" | null {
  if (now >= session.expiresAt) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > idleMs) return "idle";
  return null;
}
