import "server-only";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { prisma } from "@/lib/db/prisma";
import { heartbeatConfig } from "@/lib/server/alerts/config";
import { rejectionCounts } from "@/lib/server/alerts/count-rejection";
import { countByStepAndPriority } from "@/lib/server/tickets/count-by-step";
import { acceptedDeliveries } from "./delivery-count";

// Vigie's own metrics for Prometheus (prom-client). Counts come from PostgreSQL at scrape time, so every
// instance reports the same truth; the two durations are observed by the instance that made the change.
const globalMetrics = globalThis as unknown as { vigieMetrics?: ReturnType<typeof createMetrics> };

const buckets = [60, 300, 900, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 3 * 86_400, 7 * 86_400];

function createMetrics() {
  const registry = new Registry();
  const tickets = new Gauge({ name: "vigie_tickets", help: "Tickets by step and priority", labelNames: ["step", "priority"], registers: [registry] });
  const open = new Gauge({ name: "vigie_open_incidents", help: "Tickets not closed", registers: [registry] });
  const firing = new Gauge({ name: "vigie_firing_incidents", help: "Open tickets whose signal fires", registers: [registry] });
  const heartbeatAge = new Gauge({ name: "vigie_heartbeat_age_seconds", help: "Seconds since the Watchdog heartbeat last arrived (-1: never)", registers: [registry] });
  const backlog = new Gauge({ name: "vigie_email_outbox_backlog", help: "Emails waiting to be sent", labelNames: ["state"], registers: [registry] });
  const accepted = new Counter({ name: "vigie_webhook_deliveries_accepted_total", help: "Alertmanager deliveries stored", registers: [registry] });
  const rejected = new Counter({ name: "vigie_webhook_deliveries_rejected_total", help: "Alertmanager deliveries refused, by reason", labelNames: ["reason"], registers: [registry] });
  const toAssignment = new Histogram({ name: "vigie_time_to_assignment_seconds", help: "Registration to assignment", buckets, registers: [registry] });
  const reconciled = new Counter({ name: "vigie_reconciled_alerts_total", help: "Alert occurrences changed by reconciliation with Alertmanager's API, by direction", labelNames: ["direction"], registers: [registry] });
  const amUp = new Gauge({ name: "vigie_alertmanager_reachable", help: "1 if the Alertmanager answered at the last reconciliation, else 0", labelNames: ["url"], registers: [registry] });
  const toSolution = new Histogram({ name: "vigie_time_to_solution_seconds", help: "Registration to recorded solution", buckets, registers: [registry] });
  const retained = new Counter({ name: "vigie_retention_removed_total", help: "What retention removed: webhook bodies dropped, closed tickets deleted", labelNames: ["job"], registers: [registry] });
  const retentionRun = new Gauge({ name: "vigie_retention_last_run_timestamp_seconds", help: "When each retention job last ran (0: never)", labelNames: ["job"], registers: [registry] });
  const toAcknowledgement = new Histogram({ name: "vigie_time_to_acknowledgement_seconds", help: "Registration to acknowledgement (\"I'm on it\")", buckets, registers: [registry] });

  async function refresh() {
    const [bySteps, openCount, firingCount, heartbeat, pending, failing, deliveries, rejections, reconcile, lastRun, retention] = await Promise.all([
      countByStepAndPriority(),
      prisma.ticket.count({ where: { step: { not: "CLOSURE" } } }),
      prisma.ticket.count({ where: { step: { not: "CLOSURE" }, signal: "FIRING" } }),
      prisma.heartbeat.findUnique({ where: { name: heartbeatConfig().matcher.value } }),
      prisma.outboxEmail.count({ where: { status: "PENDING" } }),
      prisma.outboxEmail.count({ where: { status: "PENDING", attempts: { gt: 0 } } }),
      // Deliveries Vigie built itself (reconciliation marks their body) are counted by vigie_reconciled_alerts_total.
      acceptedDeliveries(),
      prisma.webhookRejection.findMany(),
      prisma.reconcileState.findUnique({ where: { id: 1 } }),
      prisma.reconciliationRun.findFirst({ orderBy: { id: "desc" }, select: { reachable: true } }),
      prisma.retentionState.findUnique({ where: { id: 1 } }),
    ]);
    tickets.reset();
    for (const row of bySteps) tickets.set({ step: row.step.toLowerCase(), priority: String(row.priority) }, row.count);
    open.set(openCount);
    firing.set(firingCount);
    heartbeatAge.set(heartbeat?.lastSeenAt ? (Date.now() - heartbeat.lastSeenAt.getTime()) / 1000 : -1);
    backlog.set({ state: "waiting" }, pending - failing);
    backlog.set({ state: "failing" }, failing);
    accepted.reset();
    accepted.inc(deliveries);
    rejected.reset();
    const reasons = new Map(rejections.map((r) => [r.reason, r.count]));
    for (const [reason, count] of rejectionCounts()) reasons.set(reason, Math.max(reasons.get(reason) ?? 0, count));
    for (const [reason, count] of reasons) rejected.inc({ reason }, count);
    reconciled.reset();
    reconciled.inc({ direction: "resolved" }, reconcile?.resolvedTotal ?? 0);
    reconciled.inc({ direction: "ingested" }, reconcile?.ingestedTotal ?? 0);
    retained.reset();
    retained.inc({ job: "bodies" }, Number(retention?.bodiesPrunedTotal ?? 0));
    retained.inc({ job: "tickets" }, Number(retention?.ticketsDeletedTotal ?? 0));
    retentionRun.set({ job: "bodies" }, (retention?.bodiesRunAt?.getTime() ?? 0) / 1000);
    retentionRun.set({ job: "tickets" }, (retention?.ticketsRunAt?.getTime() ?? 0) / 1000);
    amUp.reset();
    for (const r of (lastRun?.reachable ?? []) as { url: string; ok: boolean }[]) amUp.set({ url: r.url }, r.ok ? 1 : 0);
  }

  return { registry, refresh, toAssignment, toSolution, toAcknowledgement };
}

export function vigieMetrics() {
  globalMetrics.vigieMetrics ??= createMetrics();
  return globalMetrics.vigieMetrics;
}

export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const metrics = vigieMetrics();
  await metrics.refresh();
  return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}
