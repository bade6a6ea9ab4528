import type { Role } from "@/lib/auth/roles";
import { quorumReached, type QuorumInput } from "./quorum";
import { solvedSteps, type Step } from "./steps";
import { sentence } from "@/lib/i18n/sentences";

// The seven-step lifecycle as a transition table with guards. Nothing else decides a ticket's step.
export const transitionNames = ["classify", "assign", "recordSolution", "requestValidation", "approve", "refuse", "close", "reopen", "closeAsDuplicate"] as const;
export type TransitionName = (typeof transitionNames)[number];

// "adminOrSelf": an admin assigns anyone; a technician may take an unassigned ticket for himself when the team
// setting allows it (context.selfAssign).
type Who = "admin" | "assigneeOrAdmin" | "adminOrSelf";
// The button that performs each one is messages' lifecycle.transitions.<name> (`again` once done: "Reassign").
type Rule = { from: readonly Step[]; to: Step; who: Who; needs: readonly string[] };

export const transitions: Record<TransitionName, Rule> = {
  classify: { from: ["REGISTRATION", "CLASSIFICATION"], to: "CLASSIFICATION", who: "admin", needs: ["impact", "urgency", "category"] },
  assign: { from: ["CLASSIFICATION", "TREATMENT"], to: "TREATMENT", who: "adminOrSelf", needs: ["assigneeId"] },
  recordSolution: { from: ["TREATMENT", "SOLUTION"], to: "SOLUTION", who: "assigneeOrAdmin", needs: ["solution"] },
  requestValidation: { from: ["SOLUTION"], to: "VALIDATION", who: "assigneeOrAdmin", needs: [] },
  // Stays in validation until the quorum is reached, then moves on to remediation.
  approve: { from: ["VALIDATION"], to: "REMEDIATION", who: "admin", needs: [] },
  refuse: { from: ["VALIDATION"], to: "TREATMENT", who: "admin", needs: ["reason"] },
  close: { from: ["REMEDIATION"], to: "CLOSURE", who: "admin", needs: ["note"] },
  reopen: { from: ["CLOSURE"], to: "TREATMENT", who: "admin", needs: ["reason"] },
  // The same incident as another ticket: closed from any open step, with a link (closureReason DUPLICATE or MERGED).
  closeAsDuplicate: { from: ["REGISTRATION", "CLASSIFICATION", "TREATMENT", "SOLUTION", "VALIDATION", "REMEDIATION"], to: "CLOSURE", who: "admin", needs: ["duplicateOf"] },
};

export type MeasureState = "OPEN" | "DONE" | "DEFERRED";

export type TransitionContext = {
  step: Step;
  actor: { id: string; role: Role };
  assigneeId: string | null;
  solverId: string | null;
  /** The ticket's remediation measures: closure waits until none is open. */
  measures: { state: MeasureState }[];
  /** For approve: the quorum with the approvals already recorded (this one not included). */
  quorum?: Omit<QuorumInput, "solverId">;
  /** For assign: the team setting that lets a technician take an unassigned ticket for himself. */
  selfAssign?: boolean;
};

export type TransitionDecision =
  | { ok: true; to: Step }
  | { ok: false; code: "STEP" | "ROLE" | "DATA"; reason: string; values?: Record<string, string> };

const filled = (value: unknown) => (typeof value === "string" ? value.trim().length > 0 : value !== undefined && value !== null);

export function decideTransition(name: TransitionName, context: TransitionContext, input: Record<string, unknown> = {}): TransitionDecision {
  const rule = transitions[name];
  if (!rule.from.includes(context.step)) {
    return { ok: false, code: "STEP", reason: sentence("This transition is not possible at the ticket's current step.") };
  }
  const isAdmin = context.actor.role === "ADMIN";
  const isAssignee = context.assigneeId !== null && context.actor.id === context.assigneeId;
  const refusal = whoRefuses(rule.who, context, input, isAdmin, isAssignee);
  if (refusal) return { ok: false, code: "ROLE", reason: refusal };
  const missing = rule.needs.filter((field) => !filled(input[field]));
  if (missing.length) return { ok: false, code: "DATA", reason: sentence("Missing: {fields}."), values: { fields: missing.join(", ") } };

  if (name === "approve") {
    if (context.actor.id === context.solverId) return { ok: false, code: "ROLE", reason: sentence("The solver cannot approve their own solution.") };
    const quorum = context.quorum ?? { policy: "ONE_OTHER_ADMIN" as const, activeAdminIds: [], approverIds: [] };
    const reached = quorumReached({ ...quorum, solverId: context.solverId, approverIds: [...quorum.approverIds, context.actor.id] });
    return { ok: true, to: reached ? "REMEDIATION" : "VALIDATION" };
  }
  if (name === "close" && context.measures.some((m) => m.state === "OPEN")) {
    return { ok: false, code: "DATA", reason: sentence("Every remediation measure must be done, or deferred with a reason, before closure.") };
  }
  return { ok: true, to: rule.to };
}

function whoRefuses(who: Who, context: TransitionContext, input: Record<string, unknown>, isAdmin: boolean, isAssignee: boolean): string | null {
  if (isAdmin) return null;
  if (who === "admin") return sentence("Only an admin can do this.");
  if (who === "assigneeOrAdmin") return isAssignee ? null : sentence("Only the assignee or an admin can do this.");
  // adminOrSelf: a technician taking the ticket for himself.
  if (context.actor.role !== "TECHNICIAN" || input.assigneeId !== context.actor.id) return sentence("Only an admin can assign a ticket to someone.");
  if (!context.selfAssign) return sentence("The team lets only admins assign tickets.");
  if (context.assigneeId !== null) return sentence("Someone already treats this ticket: an admin can reassign it.");
  return null;
}

/** A technician (or an admin) taking the ticket for himself: the assign rule with the actor as assignee. */
export function canTake(context: TransitionContext): boolean {
  return context.assigneeId !== context.actor.id && decideTransition("assign", context, { assigneeId: context.actor.id }).ok;
}

/** The transitions this person may perform now (data aside): what the ticket page offers. */
export function availableTransitions(context: TransitionContext): TransitionName[] {
  return transitionNames.filter((name) => {
    const decision = decideTransition(name, context, Object.fromEntries(transitions[name].needs.map((n) => [n, "x"])));
    return decision.ok || decision.code === "DATA";
  });
}

/** The system's own transition: an alert firing again while the incident is believed solved sends it back to treatment. */
export function stepAfterRefiring(step: Step): Step | null {
  return solvedSteps.includes(step) ? "TREATMENT" : null;
}
