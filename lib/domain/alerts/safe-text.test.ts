import { describe, expect, it } from "vitest";
import { safeJsonText, safeText, storableGroupKey } from "./safe-text";

describe("safeText", () => {
  it.each([
    ["plain text", "db:9187", "db:9187"],
    ["a NUL", "a\u0000b", "a\uFFFDb"],
    ["a lone high surrogate", "x\ud800", "x\uFFFD"],
    ["a lone low surrogate", "\udc00y", "\uFFFDy"],
    ["a valid pair (an emoji)", "🔥 hot", "🔥 hot"],
    ["two high surrogates then a low one", "\ud800\ud83d\ude00", "\uFFFD😀"],
  ])("%s", (_name, input, output) => {
    expect(safeText(input)).toBe(output);
  });
});

describe("safeJsonText", () => {
  it.each([
    ["no escapes", '{"a":"b"}', '{"a":"b"}'],
    ["a NUL escape", '{"a":"x\\u0000"}', '{"a":"x\\ufffd"}'],
    ["a lone surrogate escape", '{"a":"\\ud800"}', '{"a":"\\ufffd"}'],
    ["a lone low surrogate escape", '{"a":"\\uDC00z"}', '{"a":"\\ufffdz"}'],
    ["a surrogate pair escape", '{"a":"\\ud83d\\ude00"}', '{"a":"\\ud83d\\ude00"}'],
    ["an escaped backslash before u0000", '{"a":"\\\\u0000"}', '{"a":"\\\\u0000"}'],
    ["other escapes", '{"a":"\\n\\"\\u00e9"}', '{"a":"\\n\\"\\u00e9"}'],
  ])("%s", (_name, input, output) => {
    expect(safeJsonText(input)).toBe(output);
    // The result is still JSON and says the same, but for the replaced characters.
    expect(JSON.parse(safeJsonText(input))).toEqual(JSON.parse(JSON.stringify(JSON.parse(input), (_k, v) => (typeof v === "string" ? safeText(v) : v))));
  });
});

describe("storableGroupKey", () => {
  it("keeps a usual key", () => {
    expect(storableGroupKey('{}:{alertname="HostDown"}')).toBe('{}:{alertname="HostDown"}');
  });

  it.each([["ascii", "k".repeat(5_000)], ["multi-byte", "é".repeat(3_000)]])("shortens a long %s key to one stable, distinct, bounded key", (_name, key) => {
    const short = storableGroupKey(key);
    expect(Buffer.byteLength(short)).toBeLessThanOrEqual(1_024);
    expect(storableGroupKey(key)).toBe(short);
    expect(storableGroupKey(`${key}x`)).not.toBe(short);
  });
});
