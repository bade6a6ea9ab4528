import type { Sql } from "@/lib/db/sql";
import type { WebhookAlert, WebhookPayload } from "@/lib/domain/alerts/payload";
import type { GroupDecision } from "@/lib/domain/alerts/routing";
import type { Step } from "@/lib/domain/lifecycle/steps";
import { stepAfterRefiring } from "@/lib/domain/lifecycle/transitions";
import { writeEvents, type EventActor, type NewEvent } from "@/lib/server/timeline/record-events";
import { repeatAlerts, resolveAlerts, type Claimed } from "./insert-alerts";
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
  open: { id: string; step: Step; number: number; signal: string } | null;
  /** The ticket registered for this delivery before its occurrences were stored (registerTicket), when it opens one. */
  registered: string | null;
  lastClosedId: string | null;
  now: Date;
  /** Who brought the alerts when it was not a delivery (e.g. "Reconciliation with Alertmanager"): the timeline says so. */
  via?: string;
};

/**
 * Applies a group decision to the ticket (joined, sent back, or registered already), the alerts and the timeline.
 * The new occurrences were stored already given to the ticket (claimOccurrences).
 */
export async function applyToTicket(sql: Sql, { decision, payload, plan, open, registered, lastClosedId, now, via }: Input): Promise<{ ticketId: string | null }> {
  let ticketId = open?.id ?? null;
  const events: NewEvent[] = [];

  if (decision.kind === "open" && registered) {
    ticketId = registered;
    events.push({ ticketId, type: "ticket.registered", data: { source: "ALERT", groupKey: payload.groupKey, previousTicketId: decision.linkTo === "closed" ? lastClosedId : null } });
  } else if (decision.kind === "reopen" && open) {
    const to = stepAfterRefiring(open.step)!;
    await sql.query(
      `UPDATE "Ticket" SET "step" = $2::"TicketStep", "stepChangedAt" = $3::timestamp(3), "flapping" = true, "version" = "version" + 1, "updatedAt" = $4::timestamp(3)
       WHERE "id" = $1::uuid`,
      [open.id, to, now.toISOString(), new Date().toISOString()],
    );
    events.push({ ticketId: open.id, type: "ticket.reopened_by_alert", data: { from: open.step, to } });
  }

  if (plan.fresh.length > 0) {
    events.push(...alertEvents("alert.firing", plan.fresh.filter((a) => a.status === "firing").map((alert) => ({ ticketId, alert }))));
    events.push(...alertEvents("alert.resolved", plan.fresh.filter((a) => a.status === "resolved").map((alert) => ({ ticketId, alert }))));
  }

  await resolveAlerts(sql, plan.resolving.map(({ stored, alert }) => ({ id: stored.id, endsAt: alert.endsAt ?? now })), now);
  events.push(...alertEvents("alert.resolved", plan.resolving.map(({ stored, alert }) => ({ ticketId: stored.ticketId, alert }))));

  await repeatAlerts(sql, plan.repeated.map((r) => r.id), now);

  // Vigie itself acted when it built the payload (reconciliation), as when reconciliation resolves alerts.
  const actor: EventActor = via ? { kind: "SYSTEM", name: via } : alertmanager;
  await writeEvents(sql, actor, events);
  // A signal changes only with its alerts' status: new firing alerts make a ticket already firing (or just
  // registered, which is) no different, and a repeat changes nothing. Most of a storm's deliveries are those.
  const firingAlready = decision.kind === "open" || open?.signal === "FIRING";
  const changed = plan.fresh.length > 0 && !(firingAlready && plan.fresh.some((a) => a.status === "firing"));
  const touched = new Set<string>([...(ticketId && changed ? [ticketId] : []), ...plan.resolving.flatMap((r) => (r.stored.ticketId ? [r.stored.ticketId] : []))]);
  await refreshSignals(sql, [...touched], actor);
  return { ticketId };
}
