// Sign-in throttling policy, pure: after a few failures each attempt is slowed down, then the key is
// locked for a while. Keys are one account (email) or one client address.
export type ThrottleKind = "account" | "address";

export const throttleLimits: Record<ThrottleKind, { lockAfter: number; slowAfter: number }> = {
  account: { slowAfter: 3, lockAfter: 5 },
  address: { slowAfter: 10, lockAfter: 20 },
};

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const LOCK_DURATION_MS = 15 * 60_000;
const DELAY_STEP_MS = 1_000;
const MAX_DELAY_MS = 5_000;

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export type ThrottleDecision =
  | { kind: "allow"; delayMs: number }
  | { kind: "locked"; retryAfterMs: number };

export function decide(kind: ThrottleKind, state: ThrottleState | null, now: Date): ThrottleDecision {
  if (!state) return { kind: "allow", delayMs: 0 };
  if (state.lockedUntil && state.lockedUntil > now) {
    return { kind: "locked", retryAfterMs: state.lockedUntil.getTime() - now.getTime() };
  }
  const inWindow = now.getTime() - state.windowStart.getTime() < THROTTLE_WINDOW_MS;
  const failures = inWindow ? state.failures : 0;
  const over = failures - throttleLimits[kind].slowAfter + 1;
  return { kind: "allow", delayMs: over > 0 ? Math.min(over * DELAY_STEP_MS, MAX_DELAY_MS) : 0 };
}

/** Whether this failure count (after recording one more) locks the key. */
export function shouldLock(kind: ThrottleKind, failures: number): boolean {
  return failures >= throttleLimits[kind].lockAfter;
}

export function lockedMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-ins. Signing in is blocked for ${minutes} more minute${minutes === 1 ? "" : "s"}.`;
}
