import { describe, expect, it } from "vitest";
import { checkMatchers, formatMatchers, fromApiMatchers, groupMatchers, matcherMatches, matchesLabels, parseMatcherText, toApiMatchers, type Matcher } from "./matchers";

const labels = { alertname: "PostgresDown", job: "postgres", instance: "db-1:9187", env: "" };
const m = (name: string, type: Matcher["type"], value: string): Matcher => ({ name, type, value });

// As Alertmanager defines them (pkg/labels/matcher.go): a missing label is "", regexes are anchored.
describe("matcherMatches", () => {
  it.each([
    ["= equal", m("job", "=", "postgres"), true],
    ["= different", m("job", "=", "postgre"), false],
    ["= is case-sensitive", m("job", "=", "Postgres"), false],
    ["= empty matches a missing label", m("team", "=", ""), true],
    ["= empty matches an empty label", m("env", "=", ""), true],
    ["= empty does not match a set label", m("job", "=", ""), false],
    ["!= different", m("job", "!=", "redis"), true],
    ["!= equal", m("job", "!=", "postgres"), false],
    ["!= on a missing label compares with empty", m("team", "!=", "db"), true],
    ["!= empty means the label is set", m("team", "!=", ""), false],
    ["=~ whole value", m("instance", "=~", "db-\\d+:9187"), true],
    ["=~ is anchored at the start", m("instance", "=~", "b-1:9187"), false],
    ["=~ is anchored at the end", m("instance", "=~", "db-1"), false],
    ["=~ alternation stays inside the anchors", m("job", "=~", "redis|postgre"), false],
    ["=~ alternation matching one branch", m("job", "=~", "redis|postgres"), true],
    ["=~ .* matches a missing label", m("team", "=~", ".*"), true],
    ["=~ .+ does not match a missing label", m("team", "=~", ".+"), false],
    ["!~ not matching", m("job", "!~", "redis.*"), true],
    ["!~ matching", m("job", "!~", "post.*"), false],
    ["!~ anchored: a partial match does not count", m("job", "!~", "post"), true],
    ["!~ .+ matches a missing label", m("team", "!~", ".+"), true],
    ["=~ RE2-style escape of punctuation", m("instance", "=~", "db\\-1:9187"), true],
    ["=~ . needs one character: not a missing label", m("city", "=~", "."), false],
  ])("%s", (_, matcher, expected) => expect(matcherMatches(matcher, labels)).toBe(expected));

  it("counts a non-BMP character as one", () => expect(matcherMatches(m("icon", "=~", "."), { icon: "🔥" })).toBe(true));
});

describe("matchesLabels", () => {
  it.each([
    ["all match", [m("alertname", "=", "PostgresDown"), m("job", "=~", "post.*")], true],
    ["one does not", [m("alertname", "=", "PostgresDown"), m("job", "!=", "postgres")], false],
    ["none given matches everything", [], true],
  ])("%s", (_, matchers, expected) => expect(matchesLabels(matchers, labels)).toBe(expected));
});

describe("checkMatchers (what Alertmanager accepts)", () => {
  it.each([
    ["one exact matcher", [m("job", "=", "postgres")], null],
    ["nothing", [], /at least one matcher/],
    ["only matchers of the empty string", [m("team", "=~", ".*"), m("env", "=", "")], /must not match an empty label/],
    ["a negative matcher alone matches empty", [m("job", "!=", "redis")], /must not match an empty label/],
    ["one non-empty beside an empty one", [m("team", "=~", ".*"), m("job", "=", "x")], null],
    ["a bad label name", [m("1job", "=", "x")], /not a label name/],
    ["a bad regex", [m("job", "=~", "(")], /not a regular expression/],
  ])("%s", (_, matchers, expected) => {
    const result = checkMatchers(matchers);
    if (expected === null) expect(result).toEqual({ ok: true, matchers });
    else expect(result.ok ? "ok" : result.error).toMatch(expected);
  });
});

describe("parseMatcherText", () => {
  it.each([
    ['{job="postgres", instance=~"db-.*"}', [m("job", "=", "postgres"), m("instance", "=~", "db-.*")]],
    ['service!="web",env="prod"', [m("service", "!=", "web"), m("env", "=", "prod")]],
  ])("%s", (text, expected) => expect(parseMatcherText(text)).toEqual({ ok: true, matchers: expected }));

  it.each([["not a matcher"], [""], ['job=~".*"']])("refuses %j", (text) => expect(parseMatcherText(text).ok).toBe(false));
});

describe("API shape", () => {
  const all = [m("a", "=", "1"), m("b", "!=", "2"), m("c", "=~", "3"), m("d", "!~", "4")];

  it("round-trips the four types", () => expect(fromApiMatchers(toApiMatchers(all))).toEqual(all));

  it("writes isRegex and isEqual as Alertmanager 0.25 reads them", () =>
    expect(toApiMatchers(all)).toEqual([
      { name: "a", value: "1", isRegex: false, isEqual: true },
      { name: "b", value: "2", isRegex: false, isEqual: false },
      { name: "c", value: "3", isRegex: true, isEqual: true },
      { name: "d", value: "4", isRegex: true, isEqual: false },
    ]));

  it("reads a matcher without isEqual (Alertmanager before 0.22) as equal", () =>
    expect(fromApiMatchers([{ name: "a", value: "x", isRegex: true }])).toEqual([m("a", "=~", "x")]));

  it("formats for people", () => expect(formatMatchers([m("job", "=", "pg"), m("i", "!~", 'a"b')])).toBe('{job="pg", i!~"a\\"b"}'));
});

describe("groupMatchers", () => {
  it("one exact matcher per group label, sorted", () =>
    expect(groupMatchers({ job: "postgres", alertname: "PostgresDown" })).toEqual([m("alertname", "=", "PostgresDown"), m("job", "=", "postgres")]));
  it("an empty group gives no matcher", () => expect(groupMatchers({})).toEqual([]));
});
