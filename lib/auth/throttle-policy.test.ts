import { describe, expect, it } from "vitest";
import { decide, lockedMessage, shouldLock, THROTTLE_WINDOW_MS } from "./throttle-policy";

const now = new Date("2026-11-26T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const later = (ms: number) => new Date(now.getTime() + ms);

describe("decide", () => {
  it.each([
    ["no history", "account", null, { kind: "allow", delayMs: 0 }],
    ["two failures", "account", { failures: 2, windowStart: ago(1_000), lockedUntil: null }, { kind: "allow", delayMs: 0 }],
    ["third failure slows", "account", { failures: 3, windowStart: ago(1_000), lockedUntil: null }, { kind: "allow", delayMs: 1_000 }],
    ["fourth failure slows more", "account", { failures: 4, windowStart: ago(1_000), lockedUntil: null }, { kind: "allow", delayMs: 2_000 }],
    ["delay is capped", "address", { failures: 19, windowStart: ago(1_000), lockedUntil: null }, { kind: "allow", delayMs: 5_000 }],
    ["address tolerates more", "address", { failures: 5, windowStart: ago(1_000), lockedUntil: null }, { kind: "allow", delayMs: 0 }],
    ["old window is forgotten", "account", { failures: 4, windowStart: ago(THROTTLE_WINDOW_MS + 1), lockedUntil: null }, { kind: "allow", delayMs: 0 }],
    ["locked", "account", { failures: 0, windowStart: ago(1_000), lockedUntil: later(90_000) }, { kind: "locked", retryAfterMs: 90_000 }],
    ["lock expired", "account", { failures: 0, windowStart: ago(1_000), lockedUntil: ago(1) }, { kind: "allow", delayMs: 0 }],
  ] as const)("%s", (_name, kind, state, expected) => {
    expect(decide(kind, state, now)).toEqual(expected);
  });
});

describe("shouldLock", () => {
  it.each([
    ["account", 4, false],
    ["account", 5, true],
    ["address", 19, false],
    ["address", 20, true],
  ] as const)("%s after %i failures → %s", (kind, failures, expected) => {
    expect(shouldLock(kind, failures)).toBe(expected);
  });
});

it("says how long the lock lasts", () => {
  expect(lockedMessage(90_000)).toBe("Too many failed sign-ins. Signing in is blocked for 2 more minutes.");
  expect(lockedMessage(10_000)).toBe("Too many failed sign-ins. Signing in is blocked for 1 more minute.");
});
