// Email texts. Plain text on purpose: readable in any client at 3 a.m., on a phone.
export type TicketRef = { id: string; number: number; title: string };

export const ticketLink = (base: string, ticket: { id: string }) => `${base}/tickets/${ticket.id}`;
const subject = (ticket: TicketRef, what: string) => `[Vigie #${ticket.number}] ${what}: ${ticket.title}`;

export function newIncidentEmail(base: string, ticket: TicketRef & { priority: number; source: string; runbookUrl?: string | null }) {
  return {
    subject: subject(ticket, "New incident"),
    text: [
      `A new incident was registered (${ticket.source.toLowerCase()}), priority ${ticket.priority}.`,
      "",
      ticket.title,
      ticket.runbookUrl ? `Runbook: ${ticket.runbookUrl}` : null,
      "",
      `Classify and assign it: ${ticketLink(base, ticket)}`,
    ].filter((l) => l !== null).join("\n"),
  };
}

export function heartbeatLateEmail(base: string, ticket: TicketRef, details: { lastSeenAt: Date | null; deadline: Date }) {
  return {
    subject: subject(ticket, "Alerting pipeline silent"),
    text: [
      "The Watchdog heartbeat did not arrive in time: Prometheus or Alertmanager may be down,",
      "and then no other alert reaches anyone (risk R1). This email comes from Vigie directly.",
      "",
      `Last heartbeat: ${details.lastSeenAt ? details.lastSeenAt.toISOString() : "never received"}`,
      `Expected by:    ${details.deadline.toISOString()}`,
      "",
      `Incident: ${ticketLink(base, ticket)}`,
    ].join("\n"),
  };
}

export function assignedEmail(base: string, ticket: TicketRef, by: string) {
  return {
    subject: subject(ticket, "Assigned to you"),
    text: [`${by} assigned this incident to you.`, "", ticket.title, "", `Work it: ${ticketLink(base, ticket)}`].join("\n"),
  };
}

export function validationRequestedEmail(base: string, ticket: TicketRef, details: { solver: string; solution: string; policy: string }) {
  return {
    subject: subject(ticket, "Validation requested"),
    text: [
      `${details.solver} considers the incident solved and asks the admins to validate (${details.policy.toLowerCase()}).`,
      "",
      "Solution:",
      details.solution,
      "",
      `Approve or refuse: ${ticketLink(base, ticket)}`,
    ].join("\n"),
  };
}

export function refusedEmail(base: string, ticket: TicketRef, details: { by: string; reason: string }) {
  return {
    subject: subject(ticket, "Solution refused"),
    text: [`${details.by} refused the solution; the ticket is back in treatment.`, "", "Reason:", details.reason, "", ticketLink(base, ticket)].join("\n"),
  };
}

export function closedEmail(base: string, ticket: TicketRef, details: { by: string; note: string }) {
  return {
    subject: subject(ticket, "Closed"),
    text: [`${details.by} closed the incident.`, "", details.note, "", `The REX can be written from it: ${ticketLink(base, ticket)}`].join("\n"),
  };
}
