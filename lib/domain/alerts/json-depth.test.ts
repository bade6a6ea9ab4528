import { describe, expect, it } from "vitest";
import { jsonTooDeep } from "./json-depth";

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("jsonTooDeep", () => {
  it.each([
    ["Alertmanager's payload (4 levels)", '{"alerts":[{"labels":{"a":"b"}}]}', 4, false],
    ["exactly the limit", nested(4), 4, false],
    ["one level past it", nested(5), 4, true],
    ["brackets inside strings", `{"a":"${"[".repeat(100)}"}`, 4, false],
    ["an escaped quote inside a string", `{"a":"\\"[[[[[[[["}`, 4, false],
    ["100,000 levels", nested(100_000), 32, true],
  ])("%s → %s", (_name, text, max, tooDeep) => {
    expect(jsonTooDeep(text, max)).toBe(tooDeep);
  });
});
