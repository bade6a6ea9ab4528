import type { Priority } from "./priority";

// Service-level targets per priority: time to assignment (registration → treatment) and time to solution
// (registration → solution recorded). Admins edit them; these are the defaults.
export type SlaTargets = Record<Priority, { assignMinutes: number; solveMinutes: number }>;

export const defaultSlaTargets: SlaTargets = {
  6: { assignMinutes: 15, solveMinutes: 4 * 60 },
  5: { assignMinutes: 30, solveMinutes: 8 * 60 },
  4: { assignMinutes: 60, solveMinutes: 24 * 60 },
  3: { assignMinutes: 4 * 60, solveMinutes: 3 * 24 * 60 },
  2: { assignMinutes: 24 * 60, solveMinutes: 7 * 24 * 60 },
  1: { assignMinutes: 3 * 24 * 60, solveMinutes: 30 * 24 * 60 },
};

export type SlaClock = { dueAt: Date; metAt: Date | null; breached: boolean; remainingMs: number };

function clock(start: Date, minutes: number, metAt: Date | null, now: Date): SlaClock {
  const dueAt = new Date(start.getTime() + minutes * 60_000);
  const end = metAt ?? now;
  return { dueAt, metAt, breached: end > dueAt, remainingMs: dueAt.getTime() - end.getTime() };
}

/** Both clocks of a ticket: each stops when its step is reached, and is breached when it ran past its target. */
export function slaStatus(
  ticket: { priority: number; createdAt: Date; assignedAt: Date | null; solvedAt: Date | null },
  targets: SlaTargets,
  now: Date,
): { assignment: SlaClock; solution: SlaClock } {
  const target = targets[Math.min(6, Math.max(1, ticket.priority)) as Priority];
  return {
    assignment: clock(ticket.createdAt, target.assignMinutes, ticket.assignedAt, now),
    solution: clock(ticket.createdAt, target.solveMinutes, ticket.solvedAt, now),
  };
}

/** A running clock with this share of its target left, or less, is at risk. */
export const AT_RISK_SHARE = 0.25;

export type SlaState = "breached" | "at_risk" | "ok" | "met";

/**
 * The one word the ticket list shows: breached if either clock ran past its target; at risk if the clock still
 * running has a quarter of its target left or less; met once both stopped in time. A closed ticket's clocks stop
 * at its closure.
 */
export function slaState(
  ticket: { priority: number; createdAt: Date; assignedAt: Date | null; solvedAt: Date | null; closedAt?: Date | null },
  targets: SlaTargets,
  now: Date,
): { state: SlaState; clock: "assignment" | "solution" | null; dueAt: Date | null } {
  const { assignment, solution } = slaStatus(ticket, targets, ticket.closedAt ?? now);
  if (assignment.breached) return { state: "breached", clock: "assignment", dueAt: assignment.dueAt };
  if (solution.breached) return { state: "breached", clock: "solution", dueAt: solution.dueAt };
  const target = targets[Math.min(6, Math.max(1, ticket.priority)) as Priority];
  const running = ticket.closedAt ? null : !assignment.metAt ? ("assignment" as const) : !solution.metAt ? ("solution" as const) : null;
  if (!running) return { state: "met", clock: null, dueAt: null };
  const clock = running === "assignment" ? assignment : solution;
  const minutes = running === "assignment" ? target.assignMinutes : target.solveMinutes;
  return { state: clock.remainingMs <= minutes * 60_000 * AT_RISK_SHARE ? "at_risk" : "ok", clock: running, dueAt: clock.dueAt };
}
