import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { testDb } from "./db";

/**
 * Who was told of a ticket's new incident, one address per notice: in the ticket's email, or in a digest for the
 * admins a storm had already emailed within the digest window (lib/domain/notifications/digest.ts).
 */
export async function newIncidentNotices(ticketId: string): Promise<string[]> {
  const [emails, items] = await Promise.all([
    testDb().outboxEmail.findMany({ where: { ticketId, kind: "ticket.registered" }, select: { to: true } }),
    testDb().digestItem.findMany({ where: { ticketId, event: "ticket.registered" }, select: { user: { select: { email: true } } } }),
  ]);
  return [...emails.flatMap((e) => e.to), ...items.map((i) => i.user.email)].sort();
}

/** Every active admin once: what a new incident must reach. */
export async function activeAdminAddresses(): Promise<string[]> {
  return (await testDb().user.findMany({ where: { role: "ADMIN", active: true }, select: { email: true } })).map((a) => a.email).sort();
}

/**
 * The languages its recipients read an email in (their account's, else VIGIE_DEFAULT_LOCALE): the outbox writes one
 * email per language (lib/server/mail/enqueue-email.ts), and other files may leave an admin who reads French.
 */
export async function languagesOf(addresses: string[]): Promise<Set<string>> {
  const users = await testDb().user.findMany({ where: { email: { in: addresses } }, select: { email: true, locale: true } });
  const localeOf = new Map(users.map((u) => [u.email, isLocale(u.locale) ? u.locale : env().VIGIE_DEFAULT_LOCALE]));
  return new Set(addresses.map((a) => localeOf.get(a) ?? env().VIGIE_DEFAULT_LOCALE));
}
