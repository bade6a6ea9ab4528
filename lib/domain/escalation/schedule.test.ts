import { describe, expect, it } from "vitest";
import { defaultEscalationPolicy, dueStep, escalationSteps, longestEscalationMs, nextStep, stepKey, type EscalationRule } from "./schedule";

const start = new Date("2026-12-01T03:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const rule = (levelMinutes: number, repeatMinutes: number, rounds: number, enabled = true): EscalationRule => ({ enabled, levelMinutes, repeatMinutes, rounds });

describe("the steps of an escalation", () => {
  it.each([
    // [rule, [round.level @ minute…]]
    [rule(5, 15, 2), ["1.1@0", "1.2@5", "1.3@10", "2.1@25", "2.2@30", "2.3@35"]],
    [rule(10, 0, 3), ["1.1@0", "1.2@10", "1.3@20"]], // no pause between rounds: no repeat
    [rule(0.5, 1, 1), ["1.1@0", "1.2@0.5", "1.3@1"]],
    [rule(5, 15, 2, false), []],
  ])("%j", (r, expected) => {
    expect(escalationSteps(r, start).map((s) => `${stepKey(s)}@${(s.dueAt.getTime() - start.getTime()) / 60_000}`)).toEqual(expected);
  });
});

describe("the step due now", () => {
  const r = rule(5, 15, 2);
  it.each([
    [-1, [], null],
    [0, [], "1.1"],
    [4.9, [], "1.1"], // the job may run late within the slot
    [4.9, ["1.1"], null],
    [5, ["1.1"], "1.2"],
    [12, ["1.1"], "1.3"], // level 2's slot was missed entirely: not sent late
    [24, ["1.1", "1.2", "1.3"], null],
    [25, ["1.1", "1.2", "1.3"], "2.1"],
    [39.9, [], "2.3"],
    [40, [], null], // the last slot is over
  ])("at +%s min with %j notified: %s", (minutes, notified, expected) => {
    const step = dueStep(r, start, at(minutes), new Set(notified));
    expect(step ? stepKey(step) : null).toBe(expected);
  });

  it("says what comes next, and how far back a step can be due", () => {
    expect(nextStep(r, start, at(6))).toMatchObject({ level: 3, round: 1, dueAt: at(10) });
    expect(nextStep(r, start, at(36))).toBeNull();
    expect(longestEscalationMs({ ...defaultEscalationPolicy, 6: rule(5, 15, 2), 5: rule(1, 0, 1), 4: rule(1, 0, 1), 3: rule(1, 0, 1) })).toBe(40 * 60_000);
  });
});
