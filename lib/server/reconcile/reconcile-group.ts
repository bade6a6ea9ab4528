import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { planIngestion } from "@/lib/domain/alerts/reconcile";
import { storedGroupKey } from "@/lib/domain/alerts/safe-text";
import type { ReconcileChange } from "./changes";
import { reconcileConfig, type ReconcileConfig } from "./config";
import { fetchAlertmanager } from "./fetch-alertmanager";
import { ingestMissing } from "./ingest-missing";
import { storedKeys } from "./reconcile-alertmanager";

/**
 * Fetches from Alertmanager the active alerts of one group that Vigie lacks and ingests them, with no grace:
 * for a delivery that said `truncatedAlerts > 0` (max_alerts cut it). The first Alertmanager that answers is
 * enough. Call it after that delivery is committed, e.g. `void reconcileGroup(payload.groupKey)` (it never throws).
 */
export async function reconcileGroup(groupKey: string, { db = prisma, now = new Date(), config = reconcileConfig() }: { db?: PrismaClient; now?: Date; config?: ReconcileConfig | null } = {}): Promise<{ ingested: ReconcileChange[]; error?: string }> {
  if (!config) return { ingested: [], error: "ALERTMANAGER_URL is not set" };
  let lastError = "no Alertmanager answered";
  for (const url of config.urls) {
    const snapshot = await fetchAlertmanager(url, config.receiver);
    if (!snapshot.ok) {
      lastError = snapshot.error;
      continue;
    }
    try {
      // The snapshot's keys are in stored form; so is a parsed delivery's, and storedGroupKey is idempotent.
      const key = storedGroupKey(groupKey);
      const groups = snapshot.groups.filter((g) => g.groupKey === key);
      const plan = planIngestion({ groups, stored: await storedKeys(db, groups), now, graceMs: 0, all: true });
      const ingested = await ingestMissing(db, plan, url);
      // The same lasting counter as the periodic runs' (vigie_reconciled_alerts_total{direction="ingested"}).
      if (ingested.length > 0) {
        await db.reconcileState.upsert({ where: { id: 1 }, create: { id: 1, ingestedTotal: ingested.length }, update: { ingestedTotal: { increment: ingested.length } } });
      }
      return { ingested };
    } catch (e) {
      return { ingested: [], error: e instanceof Error ? e.message.split("\n")[0]! : String(e) };
    }
  }
  return { ingested: [], error: lastError };
}
