import type { Priority } from "../priority";

// Escalation of a ticket nobody acknowledged (risk R2). Each round notifies level 1 (the person on call) when it
// starts, level 2 (the next person on call) levelMinutes later, level 3 (all admins) levelMinutes after that;
// the next round starts repeatMinutes after level 3. Acknowledgement or closure stops it.
export const escalationLevels = [1, 2, 3] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

export type EscalationRule = { enabled: boolean; levelMinutes: number; repeatMinutes: number; rounds: number };
export type EscalationPolicy = Record<Priority, EscalationRule>;

export const defaultEscalationPolicy: EscalationPolicy = {
  6: { enabled: true, levelMinutes: 5, repeatMinutes: 15, rounds: 3 },
  5: { enabled: true, levelMinutes: 10, repeatMinutes: 30, rounds: 3 },
  4: { enabled: true, levelMinutes: 15, repeatMinutes: 60, rounds: 2 },
  3: { enabled: true, levelMinutes: 30, repeatMinutes: 0, rounds: 1 },
  2: { enabled: false, levelMinutes: 60, repeatMinutes: 0, rounds: 1 },
  1: { enabled: false, levelMinutes: 60, repeatMinutes: 0, rounds: 1 },
};

export type EscalationStep = { level: EscalationLevel; round: number; dueAt: Date; /** the next step's time, or the end */ slotEndsAt: Date };

const MINUTE = 60_000;

/** Every step of a ticket's escalation, from `startAt` (when the ticket was registered). */
export function escalationSteps(rule: EscalationRule, startAt: Date): EscalationStep[] {
  if (!rule.enabled) return [];
  const level = rule.levelMinutes * MINUTE;
  // Without a pause between rounds there is nothing to repeat: one round.
  const rounds = rule.repeatMinutes > 0 ? Math.max(1, rule.rounds) : 1;
  const cycle = 2 * level + rule.repeatMinutes * MINUTE;
  const steps: EscalationStep[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const l of escalationLevels) {
      const due = startAt.getTime() + (round - 1) * cycle + (l - 1) * level;
      const last = round === rounds && l === 3;
      const end = l < 3 ? due + level : last ? due + level : due + rule.repeatMinutes * MINUTE;
      steps.push({ level: l, round, dueAt: new Date(due), slotEndsAt: new Date(end) });
    }
  }
  return steps;
}

export const stepKey = (s: { level: number; round: number }) => `${s.round}.${s.level}`;

/**
 * The step to notify now: the one whose slot holds `now`, unless already notified. A step whose whole slot was
 * missed (no instance running) is skipped rather than sent late beside the next one.
 */
export function dueStep(rule: EscalationRule, startAt: Date, now: Date, notified: ReadonlySet<string>): EscalationStep | null {
  const t = now.getTime();
  const step = escalationSteps(rule, startAt).find((s) => s.dueAt.getTime() <= t && t < s.slotEndsAt.getTime());
  return step && !notified.has(stepKey(step)) ? step : null;
}

/** The next step after `now`, for the ticket page ("escalates to all admins at 03:40"). */
export function nextStep(rule: EscalationRule, startAt: Date, now: Date): EscalationStep | null {
  return escalationSteps(rule, startAt).find((s) => s.dueAt.getTime() > now.getTime()) ?? null;
}

/** How far back a ticket can still have a step due: the longest escalation of the enabled rules. */
export function longestEscalationMs(policy: EscalationPolicy): number {
  const ends = Object.values(policy).map((rule) => escalationSteps(rule, new Date(0)).at(-1)?.slotEndsAt.getTime() ?? 0);
  return Math.max(0, ...ends);
}
