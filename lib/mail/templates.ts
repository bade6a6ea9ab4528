// Email texts, in the recipient's language (messages/<locale>/emails.json). Plain text on purpose: readable in
// any client at 3 a.m., on a phone. Each template gives the English text and `render(locale)`: enqueueEmail
// writes one email per language among the recipients (lib/server/mail/enqueue-email.ts). Times stay ISO 8601:
// the same in every language, to the second, for people comparing them with logs.
import type { DigestEvent } from "@/lib/domain/notifications/digest";
import type { EscalationLevel } from "@/lib/domain/escalation/schedule";
import type { QuorumPolicy } from "@/lib/domain/lifecycle/quorum";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export type TicketRef = { id: string; number: number; title: string };
export type EmailText = { subject: string; text: string };
export type LocalizedEmail = EmailText & { render: (locale: Locale) => EmailText };
type T = ReturnType<typeof translatorFor>["t"];
type What = "newIncident" | "heartbeatLate" | "assigned" | "validationRequested" | "refused" | "closed" | "heartbeatStopped" | "unreachable" | "escalation";

export const ticketLink = (base: string, ticket: { id: string }) => `${base}/tickets/${ticket.id}`;

/** One template in every language; its English is the text itself (tests and logs read it). */
function localized(build: (t: T) => EmailText): LocalizedEmail {
  const render = (locale: Locale) => build(translatorFor(locale).t);
  return { ...render("en"), render };
}

// "[Vigie #42] What: title" in every language: the number leads, so a thread reads the same in any client.
const subject = (t: T, ticket: TicketRef, what: What) => t("emails.subject", { number: ticket.number, what: t(`emails.${what}.what`), title: ticket.title });
const link = (t: T, label: string, url: string) => t("emails.link", { label, url });
const sources = ["ALERT", "MANUAL", "HEARTBEAT", "PUBLIC"] as const;
const sourceName = (t: T, source: string) => ((sources as readonly string[]).includes(source) ? t(`emails.sources.${source as (typeof sources)[number]}`) : source.toLowerCase());

export function newIncidentEmail(base: string, ticket: TicketRef & { priority: number; source: string; runbookUrl?: string | null }) {
  return localized((t) => ({
    subject: subject(t, ticket, "newIncident"),
    text: [
      t("emails.newIncident.registered", { source: sourceName(t, ticket.source), priority: ticket.priority }),
      "",
      ticket.title,
      ticket.runbookUrl ? link(t, t("emails.newIncident.runbook"), ticket.runbookUrl) : null,
      "",
      link(t, t("emails.newIncident.classify"), ticketLink(base, ticket)),
    ].filter((l) => l !== null).join("\n"),
  }));
}

export function heartbeatLateEmail(base: string, ticket: TicketRef, details: { lastSeenAt: Date | null; deadline: Date }) {
  return localized((t) => ({
    subject: subject(t, ticket, "heartbeatLate"),
    text: [
      t("emails.heartbeatLate.why"),
      "",
      t("emails.heartbeatLate.lastSeen", { at: details.lastSeenAt ? details.lastSeenAt.toISOString() : t("emails.heartbeatLate.never") }),
      t("emails.heartbeatLate.deadline", { at: details.deadline.toISOString() }),
      "",
      link(t, t("emails.incident"), ticketLink(base, ticket)),
    ].join("\n"),
  }));
}

export function assignedEmail(base: string, ticket: TicketRef, by: string) {
  return localized((t) => ({
    subject: subject(t, ticket, "assigned"),
    text: [t("emails.assigned.by", { by }), "", ticket.title, "", link(t, t("emails.assigned.work"), ticketLink(base, ticket))].join("\n"),
  }));
}

export function validationRequestedEmail(base: string, ticket: TicketRef, details: { solver: string; solution: string; policy: QuorumPolicy }) {
  return localized((t) => ({
    subject: subject(t, ticket, "validationRequested"),
    text: [
      t("emails.validationRequested.asks", { solver: details.solver, policy: t(`admin.settings.quorumPolicies.${details.policy}`).toLowerCase() }),
      "",
      t("emails.validationRequested.solution"),
      details.solution,
      "",
      link(t, t("emails.validationRequested.decide"), ticketLink(base, ticket)),
    ].join("\n"),
  }));
}

export function refusedEmail(base: string, ticket: TicketRef, details: { by: string; reason: string }) {
  return localized((t) => ({
    subject: subject(t, ticket, "refused"),
    text: [t("emails.refused.by", { by: details.by }), "", t("emails.refused.reason"), details.reason, "", ticketLink(base, ticket)].join("\n"),
  }));
}

export function closedEmail(base: string, ticket: TicketRef, details: { by: string; note: string }) {
  return localized((t) => ({
    subject: subject(t, ticket, "closed"),
    text: [t("emails.closed.by", { by: details.by }), "", details.note, "", link(t, t("emails.closed.rex"), ticketLink(base, ticket))].join("\n"),
  }));
}

/** The admins' email when Alertmanager reports the Watchdog resolved: Prometheus stopped evaluating rules. */
export function heartbeatStoppedEmail(base: string, ticket: TicketRef, details: { endedAt: Date | null; receivedAt: Date }) {
  return localized((t) => ({
    subject: subject(t, ticket, "heartbeatStopped"),
    text: [
      t("emails.heartbeatStopped.why"),
      "",
      t("emails.heartbeatStopped.ended", { at: details.endedAt ? details.endedAt.toISOString() : t("emails.heartbeatStopped.unknown") }),
      t("emails.heartbeatStopped.received", { at: details.receivedAt.toISOString() }),
      "",
      link(t, t("emails.incident"), ticketLink(base, ticket)),
    ].join("\n"),
  }));
}

/** The admins' email when no Alertmanager answered for longer than ALERTMANAGER_UNREACHABLE_AFTER. */
export function alertmanagerUnreachableEmail(base: string, ticket: TicketRef, details: { since: Date; urls: { url: string; error?: string }[] }) {
  return localized((t) => ({
    subject: subject(t, ticket, "unreachable"),
    text: [
      t("emails.unreachable.why"),
      "",
      t("emails.unreachable.since", { at: details.since.toISOString() }),
      ...details.urls.map((u) => t("emails.unreachable.url", { url: u.url, error: u.error ?? t("emails.unreachable.unreachable") })),
      "",
      link(t, t("emails.incident"), ticketLink(base, ticket)),
    ].join("\n"),
  }));
}

export type DigestLine = { number: number; id: string; title: string; priority: number };

/** One email for what happened during a storm's window, a section per event; its own thread (it is about many tickets). */
export function digestEmail(base: string, sections: { event: DigestEvent; items: DigestLine[] }[]) {
  return localized((t) => {
    const headings = sections.map((s) => t(`emails.digest.headings.${s.event}`, { count: s.items.length }));
    return {
      subject: t("emails.digest.subject", { summary: headings.join(", ") }),
      text: [
        t("emails.digest.intro"),
        ...sections.flatMap((s, i) => ["", t("emails.digest.heading", { heading: headings[i]! }), ...s.items.map((item) => t("emails.digest.item", { number: item.number, priority: item.priority, title: item.title, url: ticketLink(base, item) }))]),
        "",
        link(t, t("emails.digest.allOpen"), `${base}/tickets`),
      ].join("\n"),
    };
  });
}

/** Escalation (risk R2): nobody acknowledged the incident; this person is the next to be reached. */
export function escalationEmail(base: string, ticket: TicketRef & { priority: number }, details: { level: EscalationLevel; round: number; minutesOpen: number }) {
  return localized((t) => ({
    subject: subject(t, ticket, "escalation"),
    text: [
      t("emails.escalation.open", { priority: ticket.priority, minutes: details.minutesOpen }),
      t("emails.escalation.as", { level: t(`emails.escalation.levels.${details.level}`), round: details.round }),
      "",
      ticket.title,
      "",
      link(t, t("emails.escalation.stop"), ticketLink(base, ticket)),
    ].join("\n"),
  }));
}
