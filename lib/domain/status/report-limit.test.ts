import { describe, expect, it } from "vitest";
import { countReport, reportLimits, type LimitState } from "./report-limit";
import { checkFillTime, MAX_FORM_AGE_MS, MIN_FILL_MS } from "./report-timing";

const t0 = new Date("2026-12-01T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

function run(kind: "address" | "global", times: number[]) {
  let state: LimitState | null = null;
  return times.map((ms) => {
    const result = countReport(kind, state, later(ms));
    state = result.state;
    return result.decision;
  });
}

describe("public reports per address and for everyone", () => {
  it("ten reports from one address in a minute pass; the eleventh is refused until the window ends", () => {
    const decisions = run("address", [0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000]);
    expect(decisions.slice(0, 10).every((d) => d.allowed)).toBe(true);
    expect(decisions[10]).toEqual({ allowed: false, retryAfterMs: 50_000 });
  });

  it("a new window opens a minute after the first report", () => {
    const decisions = run("address", [...Array.from({ length: 11 }, (_, i) => i * 100), 60_000]);
    expect(decisions[10]!.allowed).toBe(false);
    expect(decisions[11]).toEqual({ allowed: true });
  });

  it.each([
    ["address", reportLimits.address.max],
    ["global", reportLimits.global.max],
  ] as const)("%s: %i allowed in a window, not one more", (kind, max) => {
    const decisions = run(kind, Array.from({ length: max + 1 }, () => 0));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(max);
    expect(decisions.at(-1)!.allowed).toBe(false);
  });

  it("a clock gone backwards opens a fresh window instead of locking forever", () => {
    const result = countReport("address", { count: 50, windowStart: later(3_600_000) }, t0);
    expect(result).toEqual({ state: { count: 1, windowStart: t0 }, decision: { allowed: true } });
  });
});

describe("the minimum fill time", () => {
  it.each([
    [0, "too_fast"],
    [MIN_FILL_MS - 1, "too_fast"],
    [MIN_FILL_MS, "ok"],
    [60_000, "ok"],
    [MAX_FORM_AGE_MS + 1, "stale"],
    [-5_000, "too_fast"],
  ] as const)("sent %i ms after the form was shown: %s", (elapsed, expected) => {
    expect(checkFillTime(t0.getTime(), t0.getTime() + elapsed)).toBe(expected);
  });
});
