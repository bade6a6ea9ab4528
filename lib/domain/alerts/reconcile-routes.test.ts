import { describe, expect, it } from "vitest";
import { buildRoutes, groupKeyFor, labelSetString, matchRoutes, parseMatchers } from "./reconcile-routes";

// The shipped docker/alertmanager/alertmanager.yml's tree, as Alertmanager's API gives it back, plus a
// `continue: true` route, a legacy `match` and a `group_by: ['...']`.
const root = buildRoutes({
  receiver: "vigie",
  group_by: ["alertname", "job"],
  routes: [
    { receiver: "vigie-heartbeat", matchers: ['alertname="Watchdog"'] },
    { receiver: "vigie-and-admins", matchers: ['severity="critical"', 'team=~"db|web"'], continue: true },
    { receiver: "vigie", match: { severity: "critical" }, group_by: ["..."] },
  ],
});

describe("parseMatchers", () => {
  it.each([
    ['alertname="Watchdog"', [{ name: "alertname", type: "=", value: "Watchdog" }]],
    ["severity=~critical|warning", [{ name: "severity", type: "=~", value: "critical|warning" }]],
    ['{job!="a", env!~"dev.*"}', [{ name: "job", type: "!=", value: "a" }, { name: "env", type: "!~", value: "dev.*" }]],
    ['msg="say \\"hi\\""', [{ name: "msg", type: "=", value: 'say "hi"' }]],
  ])("%s", (line, expected) => expect(parseMatchers(line)).toEqual(expected));

  it("refuses what is not a matcher", () => expect(() => parseMatchers("not a matcher")).toThrow(/cannot parse/));
});

describe("labelSetString (Go's model.LabelSet String)", () => {
  it.each([
    [{}, "{}"],
    [{ job: "j", alertname: "A" }, '{alertname="A", job="j"}'],
    [{ a: 'quote " and \\ back' }, '{a="quote \\" and \\\\ back"}'],
    [{ a: "line\nbreak\ttab" }, '{a="line\\nbreak\\ttab"}'],
    [{ a: "été ✓" }, '{a="été ✓"}'],
    [{ a: "\u0001\u00a0" }, '{a="\\x01\\u00a0"}'],
  ])("%j", (labels, expected) => expect(labelSetString(labels)).toBe(expected));
});

describe("groupKeyFor", () => {
  it.each([
    ["a plain alert, root route", "vigie", { alertname: "B", job: "j" }, { alertname: "B", job: "j", instance: "i" }, '{}:{alertname="B", job="j"}'],
    ["the heartbeat's sub-route", "vigie-heartbeat", { alertname: "Watchdog" }, { alertname: "Watchdog" }, '{}/{alertname="Watchdog"}:{alertname="Watchdog"}'],
    ["a continue route, sorted matchers", "vigie-and-admins", { alertname: "A", job: "j" }, { alertname: "A", job: "j", severity: "critical", team: "db" }, '{}/{severity="critical",team=~"db|web"}:{alertname="A", job="j"}'],
    ["the route after it, grouping by all labels", "vigie", { alertname: "A", job: "j", severity: "critical", team: "db" }, { alertname: "A", job: "j", severity: "critical", team: "db" }, '{}/{severity="critical"}:{alertname="A", job="j", severity="critical", team="db"}'],
    ["a receiver the alert does not reach", "vigie-heartbeat", { alertname: "B" }, { alertname: "B", job: "j" }, null],
    ["group labels that do not fit", "vigie", { alertname: "Other" }, { alertname: "B", job: "j" }, null],
  ])("%s", (_, receiver, groupLabels, labels, expected) => expect(groupKeyFor(root, receiver, groupLabels, labels)).toBe(expected));

  it("stops at the first matching route without continue", () => {
    expect(matchRoutes(root, { alertname: "Watchdog", severity: "critical", team: "db" }).map((r) => r.receiver)).toEqual(["vigie-heartbeat"]);
    expect(matchRoutes(root, { alertname: "X", severity: "critical", team: "web" }).map((r) => r.receiver)).toEqual(["vigie-and-admins", "vigie"]);
  });

  it("gives null rather than guess when two routes with one receiver build the same group", () => {
    const twin = buildRoutes({ receiver: "vigie", group_by: ["alertname"], routes: [{ matchers: ['a="1"'], continue: true }, { matchers: ['b="1"'] }] });
    expect(groupKeyFor(twin, "vigie", { alertname: "X" }, { alertname: "X", a: "1", b: "1" })).toBeNull();
  });
});
