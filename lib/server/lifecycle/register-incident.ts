import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Category } from "@/lib/generated/prisma/enums";
import { priorityOf, type Level } from "@/lib/domain/priority";
import { publicUrl } from "@/lib/env";
import { newIncidentEmail } from "@/lib/mail/templates";
import { activeAdminEmails } from "@/lib/server/mail/enqueue-email";
import { notify } from "@/lib/server/notifications/notify";
import { getSettings } from "@/lib/server/settings/get-settings";
import { recordEvents, type EventActor } from "@/lib/server/timeline/record-events";

export type ReportedIncident = { title: string; description: string; urgency: number; category: Category | null; source: "MANUAL" | "PUBLIC"; reporterId: string | null };

/**
 * Step 1 by hand, in the caller's transaction: the ticket, its "registered" event, and the admins notified as
 * for any new incident (storm-limited: many at once wait for each admin's digest). A signed-in person's report
 * and a visitor's report from the status page both come this way.
 */
export async function registerIncident(tx: Prisma.TransactionClient, incident: ReportedIncident, actor: EventActor) {
  const { priorityMatrix } = await getSettings(tx);
  const ticket = await tx.ticket.create({
    data: {
      title: incident.title,
      description: incident.description,
      source: incident.source,
      urgency: incident.urgency,
      priority: priorityOf(incident.urgency as Level, null, priorityMatrix),
      category: incident.category,
      reporterId: incident.reporterId,
    },
  });
  await recordEvents(tx, actor, [{ ticketId: ticket.id, type: "ticket.registered", data: { source: incident.source } }]);
  await notify(tx, { kind: "ticket.registered", to: await activeAdminEmails(tx), ticketId: ticket.id, ...newIncidentEmail(publicUrl(), ticket) });
  return ticket;
}
