import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl: only paths on Vigie", () => {
  it.each([
    ["/tickets/abc", "/tickets/abc"],
    ["/tickets?step=TREATMENT#top", "/tickets?step=TREATMENT#top"],
    ["/", "/"],
    [undefined, "/"],
    ["", "/"],
    ["//evil.example/phish", "/"],
    ["/\\evil.example/phish", "/"],
    ["/\t/evil.example/phish", "/"],
    ["/\n/evil.example", "/"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["https://evil.example", "/"],
    ["https:evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/..//evil.example", "/"],
    ["\\\\evil.example", "/"],
    [" /tickets", "/"],
  ])("%j → %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });
});
