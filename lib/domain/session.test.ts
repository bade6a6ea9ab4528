import { describe, expect, it } from "vitest";
import { sessionEnd } from "./session";

const now = new Date("2026-12-01T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("sessionEnd", () => {
  it.each([
    ["active, young", at(-1), at(600), null],
    ["idle exactly the timeout", at(-30), at(600), null],
    ["idle past the timeout", at(-31), at(600), "idle"],
    ["past its absolute lifetime, though active", at(0), at(0), "expired"],
    ["both: expiry wins", at(-90), at(-1), "expired"],
  ] as const)("%s", (_, lastSeenAt, expiresAt, expected) => {
    expect(sessionEnd({ lastSeenAt, expiresAt }, { idleMs: 30 * 60_000, now })).toBe(expected);
  });
});
