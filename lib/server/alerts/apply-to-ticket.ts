import type { Prisma } from "@/lib/generated/prisma/client";
import { classifyAlerts, descriptionFor, runbookFor, titleFor } from "@/lib/domain/alerts/mapping";
import type { WebhookAlert, WebhookPayload } from "@/lib/domain/alerts/payload";
import type { GroupDecision } from "@/lib/domain/alerts/routing";
import { priorityOf } from "@/lib/domain/priority";
import type { Step } from "@/lib/domain/lifecycle/steps";
import { stepAfterRefiring } from "@/lib/domain/lifecycle/transitions";
import { publicUrl } from "@/lib/env";
import { newIncidentEmail } from "@/lib/mail/templates";
import { activeAdminEmails } from "@/lib/server/mail/enqueue-email";
import type { notify } from "@/lib/server/notifications/notify";
import { recordEvents, type EventActor, type NewEvent } from "@/lib/server/timeline/record-events";
import { assignAlerts, repeatAlerts, resolveAlerts, type Claimed } from "./insert-alerts";
import { refreshSignals } from "./refresh-signals";

const alertmanager: EventActor = { kind: "ALERTMANAGER" };

const alertEventData = (a: WebhookAlert) => ({
  fingerprint: a.fingerprint,
  alertname: a.labels.alertname ?? null,
  instance: a.labels.instance ?? null,
  startsAt: a.startsAt!.toISOString(),
  endsAt: a.endsAt?.toISOString() ?? null,
});

/** One event per ticket and kind for a delivery: a storm of 100 alerts is one line of the timeline, not 100. */
function alertEvents(type: "alert.firing" | "alert.resolved", items: { ticketId: string | null; alert: WebhookAlert }[]): NewEvent[] {
  const byTicket = new Map<string, WebhookAlert[]>();
  for (const { ticketId, alert } of items) if (ticketId) byTicket.set(ticketId, [...(byTicket.get(ticketId) ?? []), alert]);
  return [...byTicket].map(([ticketId, alerts]) => ({ ticketId, type, data: { count: alerts.length, alerts: alerts.map(alertEventData) } }));
}

type Input = {
  decision: GroupDecision;
  payload: WebhookPayload;
  plan: Claimed;
  open: { id: string; step: Step; number: number } | null;
  /** The new occurrences were stored already given to `open` (claimOccurrences). */
  assigned: boolean;
  lastClosedId: string | null;
  now: Date;
  /** Who brought the alerts when it was not a delivery (e.g. "Reconciliation with Alertmanager"): the timeline says so. */
  via?: string;
};

/** The new-incident email of an opened ticket, for the caller to hand to notify() as late as it can. */
export type IncidentEmail = Parameters<typeof notify>[1];

/**
 * Applies a group decision: the ticket (opened, joined or sent back), the alerts, the events. The new-incident
 * email is returned, not sent: notify() locks the admins' notification rows until commit, and every ticket a
 * storm opens needs them, so the caller notifies last (locked for the commit, not for the whole delivery).
 */
export async function applyToTicket(tx: Prisma.TransactionClient, { decision, payload, plan, open, assigned, lastClosedId, now, via }: Input): Promise<{ ticketId: string | null; email: IncidentEmail | null }> {
  let ticketId = open?.id ?? null;
  let email: IncidentEmail | null = null;
  const events: NewEvent[] = [];

  if (decision.kind === "open") {
    const firing = plan.fresh.filter((a) => a.status === "firing");
    const lead = firing[0]!;
    const { urgency, category, riskCodes } = classifyAlerts(firing);
    const ticket = await tx.ticket.create({
      data: {
        title: titleFor(lead),
        description: descriptionFor(lead),
        runbookUrl: runbookFor(lead),
        source: "ALERT",
        urgency,
        priority: priorityOf(urgency, null),
        category,
        riskCodes,
        groupKey: payload.groupKey,
        openGroupKey: payload.groupKey,
        leadLabels: lead.labels,
        signal: "FIRING",
        previousTicketId: decision.linkTo === "closed" ? lastClosedId : null,
      },
      select: { id: true, number: true, title: true, priority: true, source: true, runbookUrl: true },
    });
    ticketId = ticket.id;
    events.push({ ticketId, type: "ticket.registered", data: { source: "ALERT", groupKey: payload.groupKey, previousTicketId: decision.linkTo === "closed" ? lastClosedId : null } });
    // Each admin as they chose, in their language; in a storm, the first at once and the rest in one digest per window.
    email = { kind: "ticket.registered", to: await activeAdminEmails(tx), ...newIncidentEmail(publicUrl(), ticket), ticketId };
  } else if (decision.kind === "reopen" && open) {
    const to = stepAfterRefiring(open.step)!;
    await tx.ticket.update({
      where: { id: open.id },
      data: { step: to, stepChangedAt: now, flapping: true, version: { increment: 1 } },
    });
    events.push({ ticketId: open.id, type: "ticket.reopened_by_alert", data: { from: open.step, to } });
  }

  if (plan.fresh.length > 0) {
    // Stored (claimed) before the decision by claimOccurrences; given to the ticket now that it exists.
    if (!assigned) await assignAlerts(tx, plan.claimedIds, ticketId);
    events.push(...alertEvents("alert.firing", plan.fresh.filter((a) => a.status === "firing").map((alert) => ({ ticketId, alert }))));
    events.push(...alertEvents("alert.resolved", plan.fresh.filter((a) => a.status === "resolved").map((alert) => ({ ticketId, alert }))));
  }

  await resolveAlerts(tx, plan.resolving.map(({ stored, alert }) => ({ id: stored.id, endsAt: alert.endsAt ?? now })), now);
  events.push(...alertEvents("alert.resolved", plan.resolving.map(({ stored, alert }) => ({ ticketId: stored.ticketId, alert }))));

  await repeatAlerts(tx, plan.repeated.map((r) => r.id), now);

  // Vigie itself acted when it built the payload (reconciliation), as when reconciliation resolves alerts.
  const actor: EventActor = via ? { kind: "SYSTEM", name: via } : alertmanager;
  await recordEvents(tx, actor, events);
  const touched = new Set<string>([...(ticketId ? [ticketId] : []), ...plan.resolving.flatMap((r) => (r.stored.ticketId ? [r.stored.ticketId] : []))]);
  await refreshSignals(tx, [...touched], actor);
  return { ticketId, email };
}
