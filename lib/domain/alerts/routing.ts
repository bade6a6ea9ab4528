import type { Step } from "@/lib/domain/lifecycle/steps";
import { stepAfterRefiring } from "@/lib/domain/lifecycle/transitions";

// What a delivery does to its group's ticket. Pure: the caller loads the state under a lock.
export type GroupTicket = { step: Step } | null;

export type GroupDecision =
  /** No open ticket and something fires: register a new ticket (linked to the last closed one, if any). */
  | { kind: "open"; linkTo: "none" | "closed" }
  /** The open ticket takes the alerts. */
  | { kind: "join" }
  /** Believed solved, yet firing again: back to treatment, marked flapping. */
  | { kind: "reopen" }
  /** Only resolved alerts and no ticket to update: store them, nothing else. */
  | { kind: "ignore" };

export function decideGroup(openTicket: GroupTicket, lastClosedExists: boolean, hasNewFiring: boolean): GroupDecision {
  if (!openTicket) {
    if (!hasNewFiring) return { kind: "ignore" };
    return { kind: "open", linkTo: lastClosedExists ? "closed" : "none" };
  }
  if (hasNewFiring && stepAfterRefiring(openTicket.step)) return { kind: "reopen" };
  return { kind: "join" };
}

/** The ticket's signal: firing while any of its alerts fires, resolved once all have ended. */
export type Signal = "FIRING" | "RESOLVED" | "NONE";

export function signalOf(alerts: { endsAt: Date | null }[], now: Date): Signal {
  if (alerts.length === 0) return "NONE";
  return alerts.some((a) => a.endsAt === null || a.endsAt > now) ? "FIRING" : "RESOLVED";
}
