import { describe, expect, it } from "vitest";
import { steps, type Step } from "./steps";
import { availableTransitions, decideTransition, stepAfterRefiring, transitionNames, type TransitionContext, type TransitionName } from "./transitions";

type Who = "admin" | "assignee" | "technician" | "observer";
const actorOf: Record<Who, TransitionContext["actor"]> = {
  admin: { id: "admin-1", role: "ADMIN" },
  assignee: { id: "tech-1", role: "TECHNICIAN" },
  technician: { id: "tech-2", role: "TECHNICIAN" },
  observer: { id: "soc-1", role: "OBSERVER" },
};

// Every (step, transition, who) allowed; everything else is refused.
const allowed: Record<TransitionName, { from: Step[]; who: Who[]; to: Step }> = {
  classify: { from: ["REGISTRATION", "CLASSIFICATION"], who: ["admin"], to: "CLASSIFICATION" },
  assign: { from: ["CLASSIFICATION", "TREATMENT"], who: ["admin"], to: "TREATMENT" },
  recordSolution: { from: ["TREATMENT", "SOLUTION"], who: ["admin", "assignee"], to: "SOLUTION" },
  requestValidation: { from: ["SOLUTION"], who: ["admin", "assignee"], to: "VALIDATION" },
  approve: { from: ["VALIDATION"], who: ["admin"], to: "REMEDIATION" },
  refuse: { from: ["VALIDATION"], who: ["admin"], to: "TREATMENT" },
  close: { from: ["REMEDIATION"], who: ["admin"], to: "CLOSURE" },
  reopen: { from: ["CLOSURE"], who: ["admin"], to: "TREATMENT" },
};
const fullInput = { impact: 3, urgency: 4, category: "SERVICE", assigneeId: "tech-1", solution: "Restarted", reason: "Still down", note: "Done" };

const cases = steps.flatMap((step) =>
  transitionNames.flatMap((transition) => (Object.keys(actorOf) as Who[]).map((who) => [step, transition, who] as const)),
);

describe("decideTransition: every step × transition × person", () => {
  it.each(cases)("%s · %s · %s", (step, transition, who) => {
    const context: TransitionContext = {
      step,
      actor: actorOf[who],
      assigneeId: "tech-1",
      solverId: "tech-1",
      measures: [],
      quorum: { policy: "ONE_OTHER_ADMIN", activeAdminIds: ["admin-1", "admin-2", "admin-3"], approverIds: [] },
    };
    const decision = decideTransition(transition, context, fullInput);
    const rule = allowed[transition];
    if (!rule.from.includes(step)) expect(decision).toMatchObject({ ok: false, code: "STEP" });
    else if (!rule.who.includes(who)) expect(decision).toMatchObject({ ok: false, code: "ROLE" });
    else expect(decision).toEqual({ ok: true, to: rule.to });
  });
});

describe("guards", () => {
  const base: TransitionContext = { step: "VALIDATION", actor: actorOf.admin, assigneeId: "tech-1", solverId: "tech-1", measures: [] };

  it.each([
    ["refuse", "VALIDATION", { reason: " " }],
    ["reopen", "CLOSURE", {}],
    ["recordSolution", "TREATMENT", { solution: "" }],
    ["classify", "REGISTRATION", { impact: 3, urgency: 3 }],
    ["assign", "CLASSIFICATION", {}],
    ["close", "REMEDIATION", {}],
  ] as const)("%s needs its data", (transition, step, input) => {
    expect(decideTransition(transition, { ...base, step }, input)).toMatchObject({ ok: false, code: "DATA" });
  });

  it("keeps the ticket in validation until the quorum is reached", () => {
    const quorum = { policy: "MAJORITY" as const, activeAdminIds: ["admin-1", "admin-2", "admin-3"], approverIds: [] };
    expect(decideTransition("approve", { ...base, quorum })).toEqual({ ok: true, to: "VALIDATION" });
    expect(decideTransition("approve", { ...base, quorum: { ...quorum, approverIds: ["admin-2"] } })).toEqual({ ok: true, to: "REMEDIATION" });
  });

  it("never lets the solver approve their own solution", () => {
    expect(decideTransition("approve", { ...base, solverId: "admin-1" })).toMatchObject({ ok: false, code: "ROLE" });
  });

  it("waits for every remediation measure to be done or deferred before closure", () => {
    const step = "REMEDIATION";
    expect(decideTransition("close", { ...base, step, measures: [{ state: "DONE" }, { state: "OPEN" }] }, { note: "x" })).toMatchObject({ ok: false, code: "DATA" });
    expect(decideTransition("close", { ...base, step, measures: [{ state: "DONE" }, { state: "DEFERRED" }] }, { note: "x" })).toEqual({ ok: true, to: "CLOSURE" });
  });
});

describe("availableTransitions", () => {
  it.each<[Step, Who, TransitionName[]]>([
    ["REGISTRATION", "admin", ["classify"]],
    ["REGISTRATION", "observer", []],
    ["TREATMENT", "assignee", ["recordSolution"]],
    ["TREATMENT", "technician", []],
    ["TREATMENT", "admin", ["assign", "recordSolution"]],
    ["VALIDATION", "admin", ["approve", "refuse"]],
    ["CLOSURE", "admin", ["reopen"]],
  ])("at %s, %s may: %j", (step, who, expected) => {
    expect(availableTransitions({ step, actor: actorOf[who], assigneeId: "tech-1", solverId: "tech-1", measures: [] })).toEqual(expected);
  });
});

describe("stepAfterRefiring", () => {
  it.each<[Step, Step | null]>([
    ["REGISTRATION", null], ["CLASSIFICATION", null], ["TREATMENT", null],
    ["SOLUTION", "TREATMENT"], ["VALIDATION", "TREATMENT"], ["REMEDIATION", "TREATMENT"], ["CLOSURE", null],
  ])("%s → %s", (step, expected) => {
    expect(stepAfterRefiring(step)).toBe(expected);
  });
});
