import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { isHeartbeat } from "@/lib/domain/alerts/heartbeat";
import { occurrenceKey } from "@/lib/domain/alerts/occurrences";
import { heldKeys, planIngestion, type AmGroup } from "@/lib/domain/alerts/reconcile";
import { heartbeatConfig } from "@/lib/server/alerts/config";
import { storedOccurrences } from "@/lib/server/alerts/insert-alerts";
import type { ReconcileChange } from "./changes";
import { reconcileConfig, type ReconcileConfig } from "./config";
import { fetchAlertmanager } from "./fetch-alertmanager";
import { ingestMissing } from "./ingest-missing";
import { recordRun } from "./record-run";
import { resolveMissing } from "./resolve-missing";
import { watchReachability } from "./watch-reachability";
import { prismaSql } from "@/lib/db/sql";

// Any constant shared by all instances: one of them reconciles at a time.
const RECONCILE_LOCK = 7_301_002;

export type ReconcileResult = { ran: boolean; resolved?: number; ingested?: number; reachable?: boolean };

/** The occurrences Vigie stores among those Alertmanager lists, as keys (what planIngestion compares). */
export async function storedKeys(db: PrismaClient, groups: AmGroup[]): Promise<Set<string>> {
  const stored = await storedOccurrences(prismaSql(db), groups.flatMap((g) => g.alerts));
  return new Set(stored.map((r) => occurrenceKey(r.fingerprint, r.startsAt)));
}

/**
 * One reconciliation run (the background job, every RECONCILE_INTERVAL). The advisory lock is held by a
 * transaction that does nothing else: the work runs in its own short transactions (the webhook's group locks
 * and row locks are never waited for while holding ours), and a second instance skips the run.
 */
export async function reconcileAlertmanager({ db = prisma, now = new Date(), config = reconcileConfig() }: { db?: PrismaClient; now?: Date; config?: ReconcileConfig | null } = {}): Promise<ReconcileResult> {
  if (!config) return { ran: false };
  return db.$transaction(async (lockTx) => {
    const [lock] = await lockTx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${RECONCILE_LOCK}) AS locked`;
    if (!lock?.locked) return { ran: false };
    const started = performance.now();
    const snapshots = await Promise.all(config.urls.map((url) => fetchAlertmanager(url, config.receiver)));
    await watchReachability(db, snapshots, { now, unreachableAfterMs: config.unreachableAfterMs });
    const groups = snapshots.flatMap((s) => (s.ok ? s.groups : []));
    const changes: ReconcileChange[] = [];
    let unroutable = 0;
    let error: string | null = null;
    if (snapshots.some((s) => s.ok)) {
      try {
        changes.push(...(await resolveMissing(db, { held: heldKeys(groups), now, graceMs: config.graceMs })));
        const heartbeat = heartbeatConfig();
        const plan = planIngestion({ groups, stored: await storedKeys(db, groups), now, graceMs: config.graceMs, skip: (a) => isHeartbeat(a.labels, heartbeat) });
        unroutable = plan.unroutable;
        changes.push(...(await ingestMissing(db, plan, config.urls[0])));
      } catch (e) {
        error = e instanceof Error ? e.message.split("\n")[0]!.slice(0, 500) : String(e);
      }
    } else {
      error = "no Alertmanager answered";
    }
    await recordRun(db, { startedAt: now, durationMs: performance.now() - started, snapshots, changes, unroutable, error });
    const resolved = changes.filter((c) => c.direction === "resolved").length;
    return { ran: true, resolved, ingested: changes.length - resolved, reachable: snapshots.some((s) => s.ok) };
  }, { timeout: 10 * 60_000, maxWait: 10_000 });
}
