import { describe, expect, it } from "vitest";
import { steps, type Step } from "./steps";
import { availableTransitions, canTake, decideTransition, stepAfterRefiring, transitionNames, type TransitionContext, type TransitionName } from "./transitions";

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
  closeAsDuplicate: { from: ["REGISTRATION", "CLASSIFICATION", "TREATMENT", "SOLUTION", "VALIDATION", "REMEDIATION"], who: ["admin"], to: "CLOSURE" },
};
const fullInput = { impact: 3, urgency: 4, category: "SERVICE", assigneeId: "tech-1", solution: "Restarted", reason: "Still down", note: "Done", duplicateOf: "#12" };

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
    ["closeAsDuplicate", "TREATMENT", { duplicateOf: "" }],
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
    ["REGISTRATION", "admin", ["classify", "closeAsDuplicate"]],
    ["REGISTRATION", "observer", []],
    ["TREATMENT", "assignee", ["recordSolution"]],
    ["TREATMENT", "technician", []],
    ["TREATMENT", "admin", ["assign", "recordSolution", "closeAsDuplicate"]],
    ["VALIDATION", "admin", ["approve", "refuse", "closeAsDuplicate"]],
    ["CLOSURE", "admin", ["reopen"]],
  ])("at %s, %s may: %j", (step, who, expected) => {
    expect(availableTransitions({ step, actor: actorOf[who], assigneeId: "tech-1", solverId: "tech-1", measures: [] })).toEqual(expected);
  });
});

describe("assign: a technician takes an unassigned ticket for himself when the team allows it", () => {
  // Every step × who × (setting on/off) × (unassigned or already someone's) × (for himself or for another).
  const whos: Who[] = ["admin", "technician", "observer"];
  const cases = steps.flatMap((step) =>
    whos.flatMap((who) =>
      [true, false].flatMap((selfAssign) =>
        [null, "tech-9"].flatMap((assigneeId) => ["self", "other"].map((target) => [step, who, selfAssign, assigneeId, target] as const)),
      ),
    ),
  );
  it.each(cases)("%s · %s · setting %s · assignee %s · for %s", (step, who, selfAssign, assigneeId, target) => {
    const actor = actorOf[who];
    const context: TransitionContext = { step, actor, assigneeId, solverId: null, measures: [], selfAssign };
    const decision = decideTransition("assign", context, { assigneeId: target === "self" ? actor.id : "tech-3" });
    const stepOk = step === "CLASSIFICATION" || step === "TREATMENT";
    const allowed = who === "admin" || (who === "technician" && selfAssign && assigneeId === null && target === "self");
    if (!stepOk) expect(decision).toMatchObject({ ok: false, code: "STEP" });
    else if (!allowed) expect(decision).toMatchObject({ ok: false, code: "ROLE" });
    else expect(decision).toEqual({ ok: true, to: "TREATMENT" });
  });

  it.each([
    ["the setting is off", { selfAssign: false, assigneeId: null }, "The team lets only admins assign tickets."],
    ["someone treats it", { selfAssign: true, assigneeId: "tech-9" }, "Someone already treats this ticket: an admin can reassign it."],
  ])("says why it is refused: %s", (_name, o, reason) => {
    const context: TransitionContext = { step: "TREATMENT", actor: actorOf.technician, solverId: null, measures: [], ...o };
    expect(decideTransition("assign", context, { assigneeId: actorOf.technician.id })).toEqual({ ok: false, code: "ROLE", reason });
  });

  it.each<[string, TransitionContext, boolean]>([
    ["a technician, unassigned, allowed", { step: "TREATMENT", actor: actorOf.technician, assigneeId: null, solverId: null, measures: [], selfAssign: true }, true],
    ["a technician, setting off", { step: "TREATMENT", actor: actorOf.technician, assigneeId: null, solverId: null, measures: [], selfAssign: false }, false],
    ["a technician, in registration", { step: "REGISTRATION", actor: actorOf.technician, assigneeId: null, solverId: null, measures: [], selfAssign: true }, false],
    ["the assignee himself", { step: "TREATMENT", actor: actorOf.assignee, assigneeId: "tech-1", solverId: null, measures: [], selfAssign: true }, false],
    ["an admin, someone else's ticket", { step: "TREATMENT", actor: actorOf.admin, assigneeId: "tech-1", solverId: null, measures: [] }, true],
    ["an observer", { step: "TREATMENT", actor: actorOf.observer, assigneeId: null, solverId: null, measures: [], selfAssign: true }, false],
  ])("canTake: %s → %s", (_name, context, expected) => {
    expect(canTake(context)).toBe(expected);
  });

  it("the ticket page never offers a technician the admin's assign form", () => {
    expect(availableTransitions({ step: "TREATMENT", actor: actorOf.technician, assigneeId: null, solverId: null, measures: [], selfAssign: true })).toEqual([]);
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
