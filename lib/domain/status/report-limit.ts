import { sentence } from "@/lib/i18n/sentences";

// How many public reports are accepted: per client address (10 a minute: a person reporting, not a script) and
// for everyone (60 a minute: during a real outage the first reports say it all; beyond that, a flood would only
// bury the admins). A fixed window opens at the first report; reports beyond the limit are refused until it ends.
export type LimitKind = "address" | "global";

export const reportLimits: Record<LimitKind, { max: number; windowMs: number }> = {
  address: { max: 10, windowMs: 60_000 },
  global: { max: 60, windowMs: 60_000 },
};

export type LimitState = { count: number; windowStart: Date };
export type LimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Counts one report: the state to store, and whether it may go on. */
export function countReport(kind: LimitKind, state: LimitState | null, now: Date): { state: LimitState; decision: LimitDecision } {
  const { max, windowMs } = reportLimits[kind];
  const fresh = !state || now.getTime() - state.windowStart.getTime() >= windowMs || now.getTime() < state.windowStart.getTime();
  const next: LimitState = fresh ? { count: 1, windowStart: now } : { count: state.count + 1, windowStart: state.windowStart };
  if (next.count <= max) return { state: next, decision: { allowed: true } };
  return { state: next, decision: { allowed: false, retryAfterMs: next.windowStart.getTime() + windowMs - now.getTime() } };
}

export const limitSentences: Record<LimitKind, string> = {
  address: sentence("You have sent too many reports in a short time. Wait {seconds} seconds before sending another."),
  global: sentence("Too many reports are arriving right now. Wait {seconds} seconds before sending yours."),
};
