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
