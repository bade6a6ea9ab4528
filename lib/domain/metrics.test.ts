import { describe, expect, it } from "vitest";
import { incidentMetrics, weekStart, type MetricTicket } from "./metrics";

const at = (iso: string) => new Date(iso);
const ticket = (o: Partial<MetricTicket>): MetricTicket => ({ createdAt: at("2026-11-17T10:00:00Z"), acknowledgedAt: null, assignedAt: null, solvedAt: null, priority: 3, category: "SERVICE", riskCodes: [], ...o });

describe("weekStart", () => {
  it.each([
    ["2026-11-16T00:00:00Z", "2026-11-16"], // a Monday
    ["2026-11-22T23:59:00Z", "2026-11-16"], // the Sunday after
    ["2026-11-23T08:00:00Z", "2026-11-23"],
  ])("%s → %s", (date, week) => {
    expect(weekStart(at(date))).toBe(week);
  });
});

describe("incidentMetrics", () => {
  const period = { from: at("2026-11-09T00:00:00Z"), to: at("2026-11-26T00:00:00Z") };
  const metrics = incidentMetrics([
    ticket({ assignedAt: at("2026-11-17T10:30:00Z"), solvedAt: at("2026-11-17T14:00:00Z"), riskCodes: ["R3"] }),
    ticket({ createdAt: at("2026-11-18T10:00:00Z"), assignedAt: at("2026-11-18T11:30:00Z"), riskCodes: ["R3", "R1"], category: null }),
    ticket({ createdAt: at("2026-11-24T09:00:00Z"), priority: 5 }),
  ], period);

  it("counts per week, empty weeks included", () => {
    expect(metrics.perWeek).toEqual([{ week: "2026-11-09", count: 0 }, { week: "2026-11-16", count: 2 }, { week: "2026-11-23", count: 1 }]);
  });

  it("measures MTTA (registration → assignment, for tickets never acknowledged) and MTTR (registration → solution)", () => {
    expect(metrics.mttaMinutes).toBe(60);
    expect(metrics.mttaSamples).toEqual({ acknowledged: 0, assignedOnly: 2 });
    expect(metrics.mttrMinutes).toBe(240);
  });

  it.each([
    ["acknowledged, later assigned: the acknowledgement counts", { acknowledgedAt: at("2026-11-17T10:05:00Z"), assignedAt: at("2026-11-17T11:00:00Z") }, 5],
    ["acknowledged, never assigned", { acknowledgedAt: at("2026-11-17T10:12:00Z") }, 12],
    ["never acknowledged: the first assignment", { assignedAt: at("2026-11-17T10:40:00Z") }, 40],
    ["neither: left out", {}, null],
  ] as const)("MTTA is time to acknowledge: %s", (_name, o, expected) => {
    expect(incidentMetrics([ticket(o)], period).mttaMinutes).toBe(expected);
  });

  it("counts per category and per risk", () => {
    expect(metrics.byRisk).toEqual([{ code: "R1", count: 1 }, { code: "R3", count: 2 }]);
    expect(metrics.byCategory).toEqual([{ category: "SERVICE", count: 2 }, { category: "UNCLASSIFIED", count: 1 }]);
  });

  it("counts SLA breaches with the default targets", () => {
    // The P5 ticket was never assigned (30 min) nor solved (8 h); the second P3 one is unsolved after 3 days.
    expect(metrics.slaBreaches).toEqual({ assignment: 1, solution: 2 });
  });
});
