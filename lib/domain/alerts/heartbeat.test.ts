import { describe, expect, it } from "vitest";
import { heartbeatArrival, heartbeatStatus, isHeartbeat, parseMatcher } from "./heartbeat";

const HOUR = 3_600_000;
const config = { matcher: { label: "alertname", value: "Watchdog" }, periodMs: 48 * HOUR, graceMs: HOUR };

describe("heartbeat", () => {
  it.each([
    ['alertname="Watchdog"', { label: "alertname", value: "Watchdog" }],
    ["alertname=Watchdog", { label: "alertname", value: "Watchdog" }],
    [' heartbeat = "yes" ', { label: "heartbeat", value: "yes" }],
  ])("parses %s", (text, matcher) => {
    expect(parseMatcher(text)).toEqual(matcher);
  });

  it("refuses a matcher it cannot read", () => {
    expect(() => parseMatcher("alertname=~Watch.*")).toThrow(/not a label matcher/);
  });

  it("recognises the Watchdog by its labels", () => {
    expect(isHeartbeat({ alertname: "Watchdog", severity: "none" }, config)).toBe(true);
    expect(isHeartbeat({ alertname: "PostgresDown" }, config)).toBe(false);
  });

  const seen = new Date("2026-11-24T12:00:00Z");
  it.each([
    ["just seen", seen, new Date("2026-11-24T12:05:00Z"), false],
    ["within the period", seen, new Date("2026-11-26T11:00:00Z"), false],
    ["within the grace", seen, new Date("2026-11-26T12:59:00Z"), false],
    ["past period and grace", seen, new Date("2026-11-26T13:00:01Z"), true],
    ["never seen, watching for longer than period and grace", null, new Date("2026-11-26T13:00:01Z"), true],
  ])("%s → late=%s", (_name, lastSeenAt, now, late) => {
    const status = heartbeatStatus({ lastSeenAt, startedWatchingAt: seen }, config, now);
    expect(status.late).toBe(late);
    expect(status.nextExpectedAt).toEqual(new Date((lastSeenAt ?? seen).getTime() + 48 * HOUR));
  });
});

describe("what a Watchdog delivery means", () => {
  const t = (iso: string) => new Date(iso);
  const firing = { status: "firing" as const, fingerprint: "w1", startsAt: t("2026-11-24T12:00:00Z"), endsAt: null };
  const resolved = { ...firing, status: "resolved" as const, endsAt: t("2026-11-24T13:00:00Z") };
  const other = { ...firing, fingerprint: "w2" };
  it.each([
    ["a firing Watchdog", [firing], new Map(), { kind: "beat" }],
    ["two firing Watchdogs (one beat per delivery)", [firing, other], new Map(), { kind: "beat" }],
    ["firing beside a resolved one (one Prometheus of two still evaluates)", [resolved, other], new Map(), { kind: "beat" }],
    ["a resolved Watchdog", [resolved], new Map([["w1", firing.startsAt]]), { kind: "stopped", endedAt: resolved.endsAt }],
    ["a resolved Watchdog never seen firing", [resolved], new Map(), { kind: "stopped", endedAt: resolved.endsAt }],
    ["a resolved notice older than a newer occurrence", [resolved], new Map([["w1", t("2026-11-24T14:00:00Z")]]), { kind: "stale" }],
  ] as const)("%s", (_name, alerts, newest, arrival) => {
    expect(heartbeatArrival([...alerts], newest)).toEqual(arrival);
  });

  it.each([["constructor"], ["__proto__"], ["toString"]])("never takes %s from Object.prototype for a label", (label) => {
    expect(isHeartbeat({ alertname: "Watchdog" }, { ...config, matcher: { label, value: "Watchdog" } })).toBe(false);
  });
});
