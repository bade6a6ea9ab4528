import type { PrismaClient } from "@/lib/db/client";
import { publicUrl } from "@/lib/env";
import { alertmanagerUnreachableEmail } from "@/lib/mail/templates";
import { openR1Ticket } from "@/lib/server/alerts/open-heartbeat-incident";
import { activeAdminEmails, enqueueEmail } from "@/lib/server/mail/enqueue-email";
import { recordEvents } from "@/lib/server/timeline/record-events";
import type { AmSnapshot } from "./fetch-alertmanager";

export const UNREACHABLE_GROUP_KEY = "vigie:alertmanager:unreachable";

/**
 * Risk R1: no Alertmanager answering for longer than the threshold means alerts may reach no one. Opens (or
 * reuses) an R1 incident and emails the admins directly, once per outage (alertedAt); when one answers
 * again, the incident's timeline says so and its signal clears (a person still closes it).
 */
export async function watchReachability(db: PrismaClient, snapshots: AmSnapshot[], { now, unreachableAfterMs }: { now: Date; unreachableAfterMs: number }) {
  return db.$transaction(async (tx) => {
    const state = await tx.reconcileState.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
    if (snapshots.some((s) => s.ok)) {
      if (state.alertedAt && state.incidentTicketId) {
        await tx.ticket.update({ where: { id: state.incidentTicketId }, data: { signal: "RESOLVED" } });
        await recordEvents(tx, { kind: "SYSTEM" }, [
          { ticketId: state.incidentTicketId, type: "alertmanager.reachable", data: { since: state.unreachableSince?.toISOString() ?? null, at: now.toISOString() } },
          { ticketId: state.incidentTicketId, type: "signal.cleared", data: {} },
        ]);
      }
      await tx.reconcileState.update({ where: { id: 1 }, data: { lastReachableAt: now, unreachableSince: null, alertedAt: null } });
      return { unreachableSince: null, openedTicketId: null };
    }
    const since = state.unreachableSince ?? now;
    if (state.alertedAt || now.getTime() - since.getTime() < unreachableAfterMs) {
      if (!state.unreachableSince) await tx.reconcileState.update({ where: { id: 1 }, data: { unreachableSince: since } });
      return { unreachableSince: since, openedTicketId: null };
    }
    const minutes = Math.round(unreachableAfterMs / 60_000);
    const ticket = await openR1Ticket(tx, {
      groupKey: UNREACHABLE_GROUP_KEY,
      title: "Alertmanager unreachable: alerts may not reach anyone",
      description: `Vigie reads Alertmanager's API every reconciliation run (ALERTMANAGER_URL) and got no answer from any instance for more than ${minutes} min. While it is unreachable, Alertmanager may be down and no alert reaches anyone.`,
    });
    const urls = snapshots.map((s) => ({ url: s.url, error: s.ok ? undefined : s.error }));
    await recordEvents(tx, { kind: "SYSTEM" }, [{ ticketId: ticket.id, type: "alertmanager.unreachable", data: { since: since.toISOString(), urls } }]);
    await tx.reconcileState.update({ where: { id: 1 }, data: { unreachableSince: since, alertedAt: now, incidentTicketId: ticket.id } });
    const email = alertmanagerUnreachableEmail(publicUrl(), ticket, { since, urls });
    await enqueueEmail(tx, { kind: "alertmanager.unreachable", to: await activeAdminEmails(tx), ...email, ticketId: ticket.id });
    return { unreachableSince: since, openedTicketId: ticket.id };
  });
}
