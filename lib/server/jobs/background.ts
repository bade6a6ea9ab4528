import "server-only";
import { env } from "@/lib/env";
import { checkHeartbeat } from "@/lib/server/alerts/check-heartbeat";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { deliverWebhooks } from "@/lib/server/channels/deliver-webhooks";
import { runEscalation } from "@/lib/server/escalation/run-escalation";
import { flushDigests } from "@/lib/server/notifications/flush-digests";
import { placeIncidentNotices } from "@/lib/server/notifications/place-incident-notices";
import { reconcileAlertmanager } from "@/lib/server/reconcile/reconcile-alertmanager";
import { retryClosedTicketSilences } from "@/lib/server/silences/expire-closed-ticket-silences";
import { pruneDeliveryBodies } from "@/lib/server/retention/prune-delivery-bodies";
import { deleteClosedTickets } from "@/lib/server/retention/delete-closed-tickets";
import { compactStepCounts } from "@/lib/server/tickets/count-by-step";
import { compactDeliveryCounts } from "@/lib/server/metrics/delivery-count";

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

const globalJobs = globalThis as unknown as { vigieJobs?: ReturnType<typeof setInterval>[] };

/**
 * Periodic jobs inside each app instance. Each job is safe to run on every instance at once
 * (advisory lock, SKIP LOCKED); a run never overlaps the previous one of the same job.
 */
export function startBackgroundJobs(): void {
  if (globalJobs.vigieJobs || !env().VIGIE_BACKGROUND_JOBS) return;
  const jobs: Job[] = [
    { name: "email outbox", everyMs: 5_000, run: () => deliverOutbox() },
    // Issue 13: storm digests, escalation (risk R2) and the outgoing webhooks' outbox. Escalation steps are at
    // least 30 s apart (the policy's minimum), so a 10 s check never misses one.
    { name: "digests", everyMs: 5_000, run: () => flushDigests() },
    // New incidents' notices are placed right after their delivery commits; this places any a crash left behind.
    { name: "incident notices", everyMs: 5_000, run: () => placeIncidentNotices() },
    { name: "escalation", everyMs: 10_000, run: () => runEscalation() },
    { name: "outgoing webhooks", everyMs: 5_000, run: () => deliverWebhooks() },
    { name: "heartbeat check", everyMs: env().HEARTBEAT_CHECK_INTERVAL, run: () => checkHeartbeat() },
    // Only with ALERTMANAGER_URL set: compares Alertmanager's alerts with Vigie's (issue 10).
    ...(env().ALERTMANAGER_URL ? [{ name: "alertmanager reconciliation", everyMs: env().RECONCILE_INTERVAL, run: () => reconcileAlertmanager() }] : []),
    // Closed tickets' silences Alertmanager did not expire at the close (issue 13).
    ...(env().ALERTMANAGER_URL ? [{ name: "closed tickets' silences", everyMs: 60_000, run: () => retryClosedTicketSilences() }] : []),
    // Issue 15: old webhook bodies dropped in batches (one instance at a time), the per-step counts folded.
    { name: "webhook body retention", everyMs: 10 * 60_000, run: () => pruneDeliveryBodies() },
    // Off unless admins set closedTicketDays (Admin → Team settings).
    { name: "closed ticket retention", everyMs: 10 * 60_000, run: () => deleteClosedTickets() },
    { name: "ticket counts per step", everyMs: 30_000, run: () => compactStepCounts() },
    { name: "delivery count", everyMs: 30_000, run: () => compactDeliveryCounts() },
  ];
  globalJobs.vigieJobs = jobs.map((job) => {
    let running = false;
    let lastError = "";
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await job.run();
        lastError = "";
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
        // Log a failure once, not every few seconds while the database is down.
        if (message !== lastError) console.error(`background job "${job.name}" failed: ${message}`);
        lastError = message;
      } finally {
        running = false;
      }
    }, job.everyMs);
    timer.unref();
    return timer;
  });
}
