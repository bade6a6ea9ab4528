import { describe, expect, it } from "vitest";
import { defaultSlaTargets, slaStatus } from "./sla";

const created = new Date("2026-11-26T10:00:00Z");
const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);

describe("slaStatus", () => {
  it.each([
    ["P5, 10 min, not assigned", 5, null, null, 10, { assignBreached: false, assignLeft: 20, solveBreached: false }],
    ["P5, 45 min, not assigned", 5, null, null, 45, { assignBreached: true, assignLeft: -15, solveBreached: false }],
    ["P5, assigned at 20 min, now 45", 5, 20, null, 45, { assignBreached: false, assignLeft: 10, solveBreached: false }],
    ["P6, solved at 5 h", 6, 10, 300, 600, { assignBreached: false, assignLeft: 5, solveBreached: true }],
    ["P1, a day later", 1, null, null, 24 * 60, { assignBreached: false, assignLeft: 2 * 24 * 60, solveBreached: false }],
  ] as const)("%s", (_name, priority, assigned, solved, now, expected) => {
    const status = slaStatus({ priority, createdAt: created, assignedAt: assigned === null ? null : at(assigned), solvedAt: solved === null ? null : at(solved) }, defaultSlaTargets, at(now));
    expect({
      assignBreached: status.assignment.breached,
      assignLeft: status.assignment.remainingMs / 60_000,
      solveBreached: status.solution.breached,
    }).toEqual(expected);
  });

  it("gives the due time", () => {
    expect(slaStatus({ priority: 3, createdAt: created, assignedAt: null, solvedAt: null }, defaultSlaTargets, created).assignment.dueAt).toEqual(at(240));
  });
});
