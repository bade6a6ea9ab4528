import { describe, expect, it } from "vitest";
import { countAttempt, lockedMessage, releaseAttempt, THROTTLE_WINDOW_MS, type ThrottleState } from "./throttle-policy";

const now = new Date("2026-11-26T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const later = (ms: number) => new Date(now.getTime() + ms);
const state = (failures: number, windowAgoMs = 1_000, lockedUntil: Date | null = null): ThrottleState => ({ failures, windowStart: ago(windowAgoMs), lockedUntil });

describe("countAttempt", () => {
  it.each([
    ["first attempt", "account", null, { kind: "allow", delayMs: 0 }, 1, false],
    ["third attempt", "account", state(2), { kind: "allow", delayMs: 0 }, 3, false],
    ["fourth attempt waits", "account", state(3), { kind: "allow", delayMs: 1_000 }, 4, false],
    ["fifth attempt waits more and locks the ones after it", "account", state(4), { kind: "allow", delayMs: 2_000 }, 5, true],
    ["sixth attempt is refused", "account", state(5, 1_000, later(30_000)), { kind: "locked", retryAfterMs: 30_000 }, 5, true],
    ["address tolerates more", "address", state(5), { kind: "allow", delayMs: 0 }, 6, false],
    ["delay is capped", "address", state(18), { kind: "allow", delayMs: 5_000 }, 19, false],
    ["twentieth address attempt locks", "address", state(19), { kind: "allow", delayMs: 5_000 }, 20, true],
    ["old window is forgotten", "account", state(4, THROTTLE_WINDOW_MS + 1), { kind: "allow", delayMs: 0 }, 1, false],
    ["expired lock starts over", "account", state(5, 1_000, ago(1)), { kind: "allow", delayMs: 0 }, 1, false],
  ] as const)("%s", (_name, kind, before, decision, failures, locks) => {
    const result = countAttempt(kind, before, now);
    expect(result.decision).toEqual(decision);
    expect(result.state.failures).toBe(failures);
    expect(result.state.lockedUntil !== null).toBe(locks);
  });

  it("lets exactly lockAfter attempts through, however they interleave", () => {
    let s: ThrottleState | null = null;
    const allowed = Array.from({ length: 12 }, () => {
      const r = countAttempt("account", s, now);
      s = r.state;
      return r.decision.kind === "allow";
    }).filter(Boolean).length;
    expect(allowed).toBe(5);
  });

  it("locks the account for a minute, the address for fifteen", () => {
    expect(countAttempt("account", state(4), now).state.lockedUntil).toEqual(later(60_000));
    expect(countAttempt("address", state(19), now).state.lockedUntil).toEqual(later(15 * 60_000));
  });
});

describe("releaseAttempt", () => {
  it("gives a successful attempt back, and the lock it set", () => {
    expect(releaseAttempt("account", state(5, 1_000, later(60_000)))).toMatchObject({ failures: 4, lockedUntil: null });
    expect(releaseAttempt("address", state(1))).toMatchObject({ failures: 0 });
  });
});

it("says how long the lock lasts", () => {
  expect(lockedMessage(45_000)).toBe("Too many sign-in attempts. Try again in 45 seconds.");
  expect(lockedMessage(10 * 60_000)).toBe("Too many sign-in attempts. Signing in is blocked for 10 more minutes.");
});
