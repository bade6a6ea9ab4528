import { ticketLink, type TicketRef } from "@/lib/mail/templates";

/** The admins' email when Alertmanager reports the Watchdog resolved: Prometheus stopped evaluating rules. */
export function heartbeatStoppedEmail(base: string, ticket: TicketRef, details: { endedAt: Date | null; receivedAt: Date }) {
  return {
    subject: `[Vigie #${ticket.number}] Alerting pipeline stopped: ${ticket.title}`,
    text: [
      "Alertmanager reported the Watchdog heartbeat as resolved: Prometheus no longer evaluates its rules",
      "(stopped, or cut off from Alertmanager), and then no other alert reaches anyone (risk R1).",
      "This email comes from Vigie directly.",
      "",
      `Watchdog ended:  ${details.endedAt ? details.endedAt.toISOString() : "unknown"}`,
      `Notice received: ${details.receivedAt.toISOString()}`,
      "",
      `Incident: ${ticketLink(base, ticket)}`,
    ].join("\n"),
  };
}
