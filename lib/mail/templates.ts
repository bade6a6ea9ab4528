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
