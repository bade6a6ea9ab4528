import { ticketLink, type TicketRef } from "@/lib/mail/templates";

/** The admins' email when no Alertmanager answered for longer than ALERTMANAGER_UNREACHABLE_AFTER. */
export function alertmanagerUnreachableEmail(base: string, ticket: TicketRef, details: { since: Date; urls: { url: string; error?: string }[] }) {
  return {
    subject: `[Vigie #${ticket.number}] Alertmanager unreachable: ${ticket.title}`,
    text: [
      "Vigie cannot reach Alertmanager's API: alerts may no longer reach anyone (risk R1).",
      "This email comes from Vigie directly, not through Alertmanager.",
      "",
      `Unreachable since: ${details.since.toISOString()}`,
      ...details.urls.map((u) => `${u.url}: ${u.error ?? "unreachable"}`),
      "",
      `Incident: ${ticketLink(base, ticket)}`,
    ].join("\n"),
  };
}
