// Sign-in throttling policy, pure. Keys are one account (email) or one client address. Every attempt is
// counted BEFORE its password is checked, so parallel attempts cannot slip past the limit; a success gives its
// attempt back. After a few attempts each one waits a little; then the key is locked for a while.
//
// The per-address limit is the strict one (20 attempts, then 15 minutes). The per-account lock is short
// (1 minute after 5 attempts, each a few seconds apart): someone who knows an admin's email can slow that admin
// down, but cannot lock every admin out for long, from however many addresses.
import { AppError, fillSentence } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
export type ThrottleKind = "account" | "address";

export const throttleLimits: Record<ThrottleKind, { slowAfter: number; lockAfter: number; lockMs: number }> = {
  account: { slowAfter: 3, lockAfter: 5, lockMs: 60_000 },
  address: { slowAfter: 10, lockAfter: 20, lockMs: 15 * 60_000 },
};

export const THROTTLE_WINDOW_MS = 15 * 60_000;
const DELAY_STEP_MS = 1_000;
const MAX_DELAY_MS = 5_000;

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export type ThrottleDecision =
  | { kind: "allow"; delayMs: number }
  | { kind: "locked"; retryAfterMs: number };

/** Counts one attempt: the state to store, and whether (and after how long) the attempt may go on. */
export function countAttempt(kind: ThrottleKind, state: ThrottleState | null, now: Date): { state: ThrottleState; decision: ThrottleDecision } {
  if (state?.lockedUntil && state.lockedUntil > now) {
    return { state, decision: { kind: "locked", retryAfterMs: state.lockedUntil.getTime() - now.getTime() } };
  }
  const fresh = !state || state.lockedUntil !== null || now.getTime() - state.windowStart.getTime() >= THROTTLE_WINDOW_MS;
  const failures = fresh ? 1 : state.failures + 1;
  const limits = throttleLimits[kind];
  const next: ThrottleState = {
    failures,
    windowStart: fresh ? now : state.windowStart,
    // This attempt still runs; the ones after it wait for the lock to pass.
    lockedUntil: failures >= limits.lockAfter ? new Date(now.getTime() + limits.lockMs) : null,
  };
  const over = failures - limits.slowAfter; // attempts before this one beyond the free ones
  return { state: next, decision: { kind: "allow", delayMs: over > 0 ? Math.min(over * DELAY_STEP_MS, MAX_DELAY_MS) : 0 } };
}

/** A successful attempt is not a failure: it gives its count back (and the lock it may have set). */
export function releaseAttempt(kind: ThrottleKind, state: ThrottleState): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, lockedUntil: failures >= throttleLimits[kind].lockAfter ? state.lockedUntil : null };
}

/** How long a locked sign-in waits, as a sentence with its values (translated where it is shown). */
export function lockedSentence(retryAfterMs: number): { sentence: string; values: Record<string, number> } {
  const seconds = Math.ceil(retryAfterMs / 1000);
  if (seconds === 1) return { sentence: sentence("Too many sign-in attempts. Try again in 1 second."), values: {} };
  if (seconds < 120) return { sentence: sentence("Too many sign-in attempts. Try again in {seconds} seconds."), values: { seconds } };
  return { sentence: sentence("Too many sign-in attempts. Signing in is blocked for {minutes} more minutes."), values: { minutes: Math.ceil(seconds / 60) } };
}

export function lockedMessage(retryAfterMs: number): string {
  const { sentence: english, values } = lockedSentence(retryAfterMs);
  return fillSentence(english, values);
}

/** The RATE_LIMITED error of a locked sign-in. */
export function lockedError(retryAfterMs: number): AppError {
  const { sentence: english, values } = lockedSentence(retryAfterMs);
  return new AppError("RATE_LIMITED", english, { values });
}
