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

/** The admins' email when Alertmanager reports the Watchdog resolved: Prometheus stopped evaluating rules. */
export function heartbeatStoppedEmail(base: string, ticket: TicketRef, details: { endedAt: Date | null; receivedAt: Date }) {
  return {
    subject: subject(ticket, "Alerting pipeline stopped"),
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

/** The admins' email when no Alertmanager answered for longer than ALERTMANAGER_UNREACHABLE_AFTER. */
export function alertmanagerUnreachableEmail(base: string, ticket: TicketRef, details: { since: Date; urls: { url: string; error?: string }[] }) {
  return {
    subject: subject(ticket, "Alertmanager unreachable"),
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

export type DigestLine = { number: number; id: string; title: string; priority: number };

/** One email for what happened during a storm's window; its own thread (it is about many tickets). */
export function digestEmail(base: string, contents: { summary: string; sections: { heading: string; items: DigestLine[] }[] }) {
  return {
    subject: `[Vigie] Digest: ${contents.summary}`,
    text: [
      "While the alerts kept coming, Vigie gathered these into one email instead of one per ticket.",
      ...contents.sections.flatMap((s) => ["", `${s.heading}:`, ...s.items.map((i) => `  #${i.number} (priority ${i.priority}) ${i.title} ${ticketLink(base, i)}`)]),
      "",
      `All open tickets: ${base}/tickets`,
    ].join("\n"),
  };
}

/** Escalation (risk R2): nobody acknowledged the incident; this person is the next to be reached. */
export function escalationEmail(base: string, ticket: TicketRef & { priority: number }, details: { level: string; round: number; minutesOpen: number }) {
  return {
    subject: subject(ticket, "Nobody acknowledged"),
    text: [
      `Priority ${ticket.priority}, open for ${details.minutesOpen} min and acknowledged by nobody yet.`,
      `You are notified as: ${details.level} (round ${details.round}).`,
      "",
      ticket.title,
      "",
      `Acknowledge it ("I'm on it") to stop the escalation: ${ticketLink(base, ticket)}`,
    ].join("\n"),
  };
}
