import { describe, expect, it } from "vitest";
import { defaultSlaTargets, slaState, slaStatus } from "./sla";

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

describe("slaState: the list's one word", () => {
  // P5: assignment within 30 min, solution within 8 h. At risk with a quarter of the target left.
  it.each([
    ["unassigned, 10 min in", { assigned: null, solved: null, closed: null }, 10, "ok", "assignment"],
    ["unassigned, 23 min in (7 left of 30)", { assigned: null, solved: null, closed: null }, 23, "at_risk", "assignment"],
    ["unassigned, 31 min in", { assigned: null, solved: null, closed: null }, 31, "breached", "assignment"],
    ["assigned at 20, 1 h in", { assigned: 20, solved: null, closed: null }, 60, "ok", "solution"],
    ["assigned at 20, 7 h in (1 h left of 8)", { assigned: 20, solved: null, closed: null }, 7 * 60, "at_risk", "solution"],
    ["assigned late at 40, solved at 60", { assigned: 40, solved: 60, closed: null }, 600, "breached", "assignment"],
    ["assigned at 20, solved at 9 h", { assigned: 20, solved: 540, closed: null }, 600, "breached", "solution"],
    ["both in time", { assigned: 20, solved: 60, closed: null }, 6000, "met", null],
    ["closed as duplicate at 10 min, unassigned, a day later", { assigned: null, solved: null, closed: 10 }, 24 * 60, "met", null],
    ["closed at 50 min, never assigned", { assigned: null, solved: null, closed: 50 }, 24 * 60, "breached", "assignment"],
  ] as const)("%s → %s", (_name, t, now, state, clockName) => {
    const ticket = {
      priority: 5,
      createdAt: created,
      assignedAt: t.assigned === null ? null : at(t.assigned),
      solvedAt: t.solved === null ? null : at(t.solved),
      closedAt: t.closed === null ? null : at(t.closed),
    };
    expect(slaState(ticket, defaultSlaTargets, at(now))).toMatchObject({ state, clock: clockName });
  });
});
