import { describe, expect, it } from "vitest";
import { plainText, summaryLine } from "./plain-text";

describe("what a visitor wrote, as plain text", () => {
  it.each([
    ["plain text stays", "The vote page says 502.", "The vote page says 502."],
    ["tags go, their text stays", "I <b>cannot</b> <a href=\"x\">vote</a>", "I cannot vote"],
    ["scripts and styles go with their content", "a<script>alert(1)</script>b<style>p{}</style>c", "abc"],
    ["comments go", "before<!-- hidden -->after", "beforeafter"],
    ["nested tricks are removed to the end", "<scr<script>x</script>ipt>alert(1)</script>ok", "alert(1)ok"],
    ["an unclosed tag at the end goes", "hello <img src=x onerror=alert(1)", "hello"],
    ["comparisons are not tags", "latency < 5 s and > 2 s", "latency < 5 s and > 2 s"],
    ["control and bidi characters go", "a\u0000b\u202Ec\u200Bd", "abcd"],
    ["Windows line ends, trailing spaces, blank lines", "one  \r\n\r\n\r\n\r\ntwo\r\n", "one\n\ntwo"],
    ["entities are kept as typed (React escapes them when shown)", "&lt;b&gt;", "&lt;b&gt;"],
  ])("%s", (_what, input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe("the ticket's title from the report", () => {
  it.each([
    ["the first non-empty line", "\n\nCannot vote\nsecond line", "Cannot vote"],
    ["spaces collapsed", "Cannot    vote   today", "Cannot vote today"],
    ["cut at a word with an ellipsis", "word ".repeat(30), `${"word ".repeat(20).trim()}…`],
  ])("%s", (_what, input, expected) => {
    expect(summaryLine(input)).toBe(expected);
  });

  it("never longer than the limit plus the ellipsis", () => {
    expect(summaryLine("x".repeat(500)).length).toBe(101);
  });
});
