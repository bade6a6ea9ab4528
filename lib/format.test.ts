import { describe, expect, it } from "vitest";
import { formatDuration, formatRelative, shorten } from "./format";

const now = new Date("2026-11-26T12:00:00Z");
describe("formatRelative", () => {
  it.each([
    ["2026-11-26T12:00:02Z", "just now"],
    ["2026-11-26T11:59:30Z", "30 s ago"],
    ["2026-11-26T11:45:00Z", "15 min ago"],
    ["2026-11-26T09:00:00Z", "3 h ago"],
    ["2026-11-24T12:00:00Z", "2 d ago"],
    ["2026-11-28T12:00:00Z", "in 2 d"],
  ])("%s → %s", (value, expected) => {
    expect(formatRelative(value, now)).toBe(expected);
  });
});

describe("formatDuration", () => {
  it.each([
    [5 * 60_000, "5 min"],
    [90 * 60_000, "1 h 30 min"],
    [49 * 3_600_000, "2 d"],
    [3_600_000, "1 h"],
  ])("%i ms → %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe("shorten", () => {
  it.each([
    ["Data loss caused by a database crash.", 40, "Data loss caused by a database crash."],
    ["The alerting service goes down and nobody is warned", 30, "The alerting service goes…"],
    ["Crash of the database backup system.", 20, "Crash of the…"],
    ["Supercalifragilisticexpialidocious", 10, "Supercali…"],
    ["  two\n  lines  ", 10, "two lines"],
    ["a, b, c, d, e, f, g", 8, "a, b…"],
  ])("%j in %d → %j", (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
    expect(shorten(text, max).length).toBeLessThanOrEqual(max);
  });
});
