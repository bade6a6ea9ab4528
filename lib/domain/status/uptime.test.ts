import { describe, expect, it } from "vitest";
import { HISTORY_DAYS, historyRuns, incidentSpans, serviceHistory, type HistoryDay, type HistoryRun } from "./uptime";

const at = (iso: string) => new Date(iso);
const now = at("2026-12-01T12:00:00Z");
const longAgo = at("2026-01-01T00:00:00Z");

describe("an incident's updates become spans of stated impact", () => {
  it("each update holds until the next; resolved ends it", () => {
    expect(incidentSpans([
      { status: "MONITORING", impact: "DEGRADED", createdAt: at("2026-11-30T11:00:00Z") },
      { status: "INVESTIGATING", impact: "MAJOR_OUTAGE", createdAt: at("2026-11-30T10:00:00Z") },
      { status: "RESOLVED", impact: "DEGRADED", createdAt: at("2026-11-30T12:00:00Z") },
    ])).toEqual([
      { from: at("2026-11-30T10:00:00Z"), to: at("2026-11-30T11:00:00Z"), impact: "MAJOR_OUTAGE" },
      { from: at("2026-11-30T11:00:00Z"), to: at("2026-11-30T12:00:00Z"), impact: "DEGRADED" },
    ]);
  });

  it("an incident not yet resolved is open-ended", () => {
    expect(incidentSpans([{ status: "IDENTIFIED", impact: "PARTIAL_OUTAGE", createdAt: at("2026-12-01T09:00:00Z") }])).toEqual([{ from: at("2026-12-01T09:00:00Z"), to: null, impact: "PARTIAL_OUTAGE" }]);
  });
});

describe("the 90-day uptime bar", () => {
  it("90 cells, oldest first, ending today, all operational without incidents", () => {
    const history = serviceHistory({ spans: [], since: longAgo, now });
    expect(history.days).toHaveLength(HISTORY_DAYS);
    expect(history.days[0]!.date).toBe("2026-09-03");
    expect(history.days.at(-1)!.date).toBe("2026-12-01");
    expect(history.days.every((d) => d.state === "OPERATIONAL")).toBe(true);
    expect(history.uptimePercent).toBe(100);
  });

  it("a two-hour major outage yesterday: that day red, 120 minutes down, uptime below 100 %", () => {
    const history = serviceHistory({ spans: [{ from: at("2026-11-30T08:00:00Z"), to: at("2026-11-30T10:00:00Z"), impact: "MAJOR_OUTAGE" }], since: longAgo, now });
    expect(history.days.at(-2)).toEqual({ date: "2026-11-30", state: "MAJOR_OUTAGE", downMinutes: 120 });
    expect(history.days.at(-1)!.state).toBe("OPERATIONAL");
    // 120 minutes of (89.5 days × 1440) minutes
    expect(history.uptimePercent).toBe(Math.floor((1 - 120 / (89.5 * 1440)) * 10_000) / 100);
  });

  it("a partial outage counts for 30 %, a degradation not at all, and an incident across midnight marks both days", () => {
    const history = serviceHistory({
      spans: [
        { from: at("2026-11-28T23:00:00Z"), to: at("2026-11-29T01:00:00Z"), impact: "PARTIAL_OUTAGE" },
        { from: at("2026-11-27T00:00:00Z"), to: at("2026-11-27T05:00:00Z"), impact: "DEGRADED" },
      ],
      since: longAgo,
      now,
    });
    const day = (date: string) => history.days.find((d) => d.date === date)!;
    expect(day("2026-11-28")).toEqual({ date: "2026-11-28", state: "PARTIAL_OUTAGE", downMinutes: 18 });
    expect(day("2026-11-29")).toEqual({ date: "2026-11-29", state: "PARTIAL_OUTAGE", downMinutes: 18 });
    expect(day("2026-11-27")).toEqual({ date: "2026-11-27", state: "DEGRADED", downMinutes: 0 });
  });

  it("an open incident runs until now; overlapping incidents are not counted twice", () => {
    const spans = [
      { from: at("2026-12-01T06:00:00Z"), to: null, impact: "MAJOR_OUTAGE" as const },
      { from: at("2026-12-01T00:00:00Z"), to: null, impact: "MAJOR_OUTAGE" as const },
    ];
    const history = serviceHistory({ spans, since: at("2026-12-01T00:00:00Z"), now });
    expect(history.days.at(-1)).toEqual({ date: "2026-12-01", state: "MAJOR_OUTAGE", downMinutes: 1080 });
    expect(history.uptimePercent).toBe(0);
  });

  it("days before the service existed have no data and do not count", () => {
    const history = serviceHistory({ spans: [], since: at("2026-11-30T12:00:00Z"), now });
    expect(history.days.filter((d) => d.state === "NO_DATA")).toHaveLength(HISTORY_DAYS - 2);
    expect(history.uptimePercent).toBe(100);
  });
});

describe("the bar's runs: consecutive days of one state", () => {
  const day = (date: string, state: HistoryDay["state"], downMinutes = 0): HistoryDay => ({ date, state, downMinutes });
  it.each<[string, HistoryDay[], HistoryRun[]]>([
    ["no day, no run", [], []],
    ["one day", [day("2026-12-01", "OPERATIONAL")], [{ from: "2026-12-01", to: "2026-12-01", state: "OPERATIONAL", days: 1, downMinutes: 0 }]],
    [
      "no data, then operational, an outage of two days, operational again",
      [day("2026-11-26", "NO_DATA"), day("2026-11-27", "OPERATIONAL"), day("2026-11-28", "MAJOR_OUTAGE", 30), day("2026-11-29", "MAJOR_OUTAGE", 90), day("2026-11-30", "OPERATIONAL"), day("2026-12-01", "OPERATIONAL")],
      [
        { from: "2026-11-26", to: "2026-11-26", state: "NO_DATA", days: 1, downMinutes: 0 },
        { from: "2026-11-27", to: "2026-11-27", state: "OPERATIONAL", days: 1, downMinutes: 0 },
        { from: "2026-11-28", to: "2026-11-29", state: "MAJOR_OUTAGE", days: 2, downMinutes: 120 },
        { from: "2026-11-30", to: "2026-12-01", state: "OPERATIONAL", days: 2, downMinutes: 0 },
      ],
    ],
    ["a degradation next to a partial outage stays two runs", [day("2026-11-30", "DEGRADED"), day("2026-12-01", "PARTIAL_OUTAGE", 60)], [{ from: "2026-11-30", to: "2026-11-30", state: "DEGRADED", days: 1, downMinutes: 0 }, { from: "2026-12-01", to: "2026-12-01", state: "PARTIAL_OUTAGE", days: 1, downMinutes: 60 }]],
  ])("%s", (_, days, runs) => {
    expect(historyRuns(days)).toEqual(runs);
  });

  it("90 days without incident are one run", () => {
    const { days } = serviceHistory({ spans: [], since: new Date("2020-01-01"), now: new Date("2026-12-01T12:00:00Z") });
    expect(historyRuns(days)).toEqual([{ from: days[0]!.date, to: "2026-12-01", state: "OPERATIONAL", days: 90, downMinutes: 0 }]);
  });
});
