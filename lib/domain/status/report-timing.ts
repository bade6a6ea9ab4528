// A person needs a few seconds to say what is wrong; a script posts at once. A form older than a few hours was
// left open: it is sent again with a fresh stamp rather than trusted.
export const MIN_FILL_MS = 3_000;
export const MAX_FORM_AGE_MS = 6 * 3_600_000;

export type TimingCheck = "ok" | "too_fast" | "stale";

export function checkFillTime(issuedAt: number, now: number): TimingCheck {
  const elapsed = now - issuedAt;
  if (elapsed < MIN_FILL_MS) return "too_fast";
  if (elapsed > MAX_FORM_AGE_MS) return "stale";
  return "ok";
}
