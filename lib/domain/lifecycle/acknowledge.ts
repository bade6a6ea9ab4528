import type { Role } from "@/lib/auth/roles";
import { can } from "@/lib/domain/permissions";
import type { Step } from "./steps";
import { sentence } from "@/lib/i18n/sentences";

// "I'm on it": not a step. It records who took notice and when, stops escalation and measures the MTTA;
// the ticket stays at its step.
export type AcknowledgeContext = {
  actor: { role: Role; kind: "user" | "token" };
  step: Step;
  acknowledgedAt: Date | null;
  acknowledgedByName?: string | null;
};

/** A refusal's reason is an English sentence with {placeholders} filled from `values` (translated at the boundary). */
export type AcknowledgeDecision = { ok: true } | { ok: false; code: "ROLE" | "STEP" | "DONE"; reason: string; values?: Record<string, string> };

export function decideAcknowledge(context: AcknowledgeContext): AcknowledgeDecision {
  if (context.actor.kind !== "user") return { ok: false, code: "ROLE", reason: sentence("A person acknowledges, not an API token.") };
  if (!can(context.actor, "tickets.acknowledge")) return { ok: false, code: "ROLE", reason: sentence("Only admins and technicians acknowledge tickets.") };
  if (context.step === "CLOSURE") return { ok: false, code: "STEP", reason: sentence("The ticket is closed.") };
  if (context.acknowledgedAt) {
    return context.acknowledgedByName
      ? { ok: false, code: "DONE", reason: sentence("Already acknowledged by {name}."), values: { name: context.acknowledgedByName } }
      : { ok: false, code: "DONE", reason: sentence("Already acknowledged.") };
  }
  return { ok: true };
}
