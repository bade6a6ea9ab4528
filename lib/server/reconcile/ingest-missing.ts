import type { PrismaClient } from "@/lib/db/client";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { webhookBodyFor, type IngestPlan } from "@/lib/domain/alerts/reconcile";
import { safeJsonText } from "@/lib/domain/alerts/safe-text";
import { ingestDelivery } from "@/lib/server/alerts/ingest-delivery";
import { RECONCILIATION, type ReconcileChange } from "./changes";

/**
 * Ingests the alerts Alertmanager holds and Vigie never received exactly as a delivery would be: a webhook
 * body per group, with the groupKey Alertmanager would send, through the webhook's own parser and
 * ingestDelivery (same group lock, same ticket, same emails). The timeline names reconciliation.
 */
export async function ingestMissing(db: PrismaClient, plan: IngestPlan, externalURL = ""): Promise<ReconcileChange[]> {
  const changes: ReconcileChange[] = [];
  for (const group of plan.groups) {
    const raw = safeJsonText(JSON.stringify(webhookBodyFor(group, externalURL)));
    const parsed = parseWebhookPayload(JSON.parse(raw));
    if (!parsed.ok) throw new Error(`reconciliation built a payload the webhook refuses: ${parsed.reason}`);
    const result = await ingestDelivery({ payload: parsed.payload, raw, db, via: RECONCILIATION });
    // Counted as ingested only if this delivery stored it (a concurrent real delivery may have been first).
    if (result.fresh === 0) continue;
    for (const a of group.alerts.slice(0, result.fresh)) {
      changes.push({ direction: "ingested", ticketId: result.ticketId, fingerprint: a.fingerprint, alertname: a.labels.alertname ?? "", groupKey: group.groupKey });
    }
  }
  return changes;
}
