import type { Role } from "@/lib/auth/roles";
import { solvedSteps, type Step } from "./lifecycle/steps";

// Who may do what: the one set of rules that pages, server actions, route handlers and use cases all read.
// The lifecycle's own transitions are decided by lifecycle/transitions.ts; everything else is here.
export type Person = { id: string; role: Role };

const everyone = ["ADMIN", "TECHNICIAN", "OBSERVER"] as const satisfies readonly Role[];
const workers = ["ADMIN", "TECHNICIAN"] as const satisfies readonly Role[];
const admins = ["ADMIN"] as const satisfies readonly Role[];

export const permissions = {
  /** Read tickets, alerts, the heartbeat, risks, published REX, metrics, the plan, the people's names. */
  read: everyone,
  /** Report an incident by hand (the SOC reports what it sees). */
  "tickets.report": everyone,
  /** Work a ticket: write follow-ups, link risks. */
  "tickets.work": workers,
  /** Say "I'm on it" on an open ticket (see decideAcknowledge). */
  "tickets.acknowledge": workers,
  /** Act on many tickets at once from the list; each ticket's own rules still decide (bulkAct). */
  "tickets.bulk": workers,
  /** Add a remediation measure to a ticket. */
  "measures.add": admins,
  /** Update a measure: its owner or an admin (see canUpdateMeasure). */
  "measures.update": workers,
  "risks.manage": admins,
  /** Write a REX; editing one is for its author or an admin (see canEditRex). */
  "rex.write": workers,
  "rex.publish": admins,
  /** Silence a ticket's alerts in Alertmanager, extend and expire silences, plan maintenance windows. */
  "silences.manage": workers,
  /** The on-call rotation, the escalation policy, the outgoing webhooks (channels), the digest window. */
  "oncall.manage": admins,
  /** The public status page: its services, the public updates on a ticket, public reports (confirm, spam, the form). */
  "status.manage": admins,
  /** Users, API and Alertmanager tokens, the email outbox, team settings. */
  administer: admins,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function rolesFor(permission: Permission): readonly Role[] {
  return permissions[permission];
}

export function can(person: { role: Role }, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(person.role);
}

/** A REX is edited (fields, measures) by its author or an admin, drafts and published ones alike. */
export function canEditRex(person: Person, rex: { authorId: string | null }): boolean {
  return person.role === "ADMIN" || (can(person, "rex.write") && rex.authorId === person.id);
}

/** Observers read published REX only: a draft is the team's work in progress. */
export function readsDraftRex(person: { role: Role }): boolean {
  return can(person, "rex.write");
}

export function canReadRex(person: { role: Role }, rex: { status: "DRAFT" | "PUBLISHED" }): boolean {
  return rex.status === "PUBLISHED" || readsDraftRex(person);
}

/** Measures are added to a ticket by an admin until it is closed. */
/** Measures keep a known cause from coming back: added once a solution is recorded, until closure. */
export function canAddMeasure(person: { role: Role }, ticket: { step: Step }): boolean {
  return can(person, "measures.add") && solvedSteps.includes(ticket.step);
}

/** A ticket's measure is updated by its owner or an admin until the ticket is closed. */
export function canUpdateMeasure(person: Person, measure: { ownerId: string | null }, ticket: { step: Step }): boolean {
  return ticket.step !== "CLOSURE" && can(person, "measures.update") && (person.role === "ADMIN" || measure.ownerId === person.id);
}

/** A REX's measure is updated by whoever may edit the REX, or by the measure's owner. */
export function canUpdateRexMeasure(person: Person, measure: { ownerId: string | null }, rex: { authorId: string | null }): boolean {
  return canEditRex(person, rex) || (can(person, "measures.update") && measure.ownerId === person.id);
}

/** Tickets and measures are assigned to people who work tickets: observers only watch. */
export function canBeAssigned(person: { role: Role }): boolean {
  return can(person, "tickets.work");
}

/** A ticket's alerts are silenced (and its silences extended) while it is open: closing expires them. */
export function canSilenceTicket(person: { role: Role }, ticket: { step: Step }): boolean {
  return can(person, "silences.manage") && ticket.step !== "CLOSURE";
}

/** An on-call override ("I replace admin2 on Saturday") is added by anyone on call for themselves, by admins for anyone. */
export function canAddOnCallOverride(person: Person, forUser: { id: string; role: Role }): boolean {
  return can(person, "tickets.work") && canBeAssigned(forUser) && (person.role === "ADMIN" || forUser.id === person.id);
}

/** Removed by the person it puts on call, or an admin. */
export function canRemoveOnCallOverride(person: Person, override: { userId: string }): boolean {
  return can(person, "tickets.work") && (person.role === "ADMIN" || override.userId === person.id);
}

/** A visitor's report is confirmed or marked as spam by an admin while it is open. */
export function canJudgeReport(person: { role: Role }, ticket: { source: string; step: Step }): boolean {
  return can(person, "status.manage") && ticket.source === "PUBLIC" && ticket.step !== "CLOSURE";
}
