import type { PrismaClient } from "@/lib/db/client";
import { MAX_RECORDED_CHANGES, type ReconcileChange } from "./changes";
import type { AmSnapshot } from "./fetch-alertmanager";

// The admin page and the metrics read the last runs; older ones say nothing more.
export const KEEP_RUNS = 500;

export type RunRecord = { startedAt: Date; durationMs: number; snapshots: AmSnapshot[]; changes: ReconcileChange[]; unroutable: number; error: string | null };

/** Writes one run, adds its counts to the lasting counters, and keeps only the last KEEP_RUNS runs. */
export async function recordRun(db: PrismaClient, run: RunRecord): Promise<void> {
  const resolved = run.changes.filter((c) => c.direction === "resolved").length;
  const ingested = run.changes.length - resolved;
  const reachable = run.snapshots.map((s) => (s.ok ? { url: s.url, ok: true, alerts: s.alerts } : { url: s.url, ok: false, error: s.error }));
  const notes = run.unroutable > 0 ? `${run.unroutable} alert(s) not ingested: no single route of Alertmanager's config gives their groupKey` : null;
  await db.$transaction([
    db.reconciliationRun.create({
      data: {
        startedAt: run.startedAt,
        durationMs: Math.round(run.durationMs),
        reachable,
        alertsSeen: Math.max(0, ...run.snapshots.map((s) => (s.ok ? s.alerts : 0))),
        resolved,
        ingested,
        changes: run.changes.slice(0, MAX_RECORDED_CHANGES),
        error: [run.error, notes].filter(Boolean).join("; ") || null,
      },
    }),
    db.reconcileState.upsert({
      where: { id: 1 },
      create: { id: 1, resolvedTotal: resolved, ingestedTotal: ingested },
      update: { resolvedTotal: { increment: resolved }, ingestedTotal: { increment: ingested } },
    }),
    db.$executeRaw`DELETE FROM "ReconciliationRun" WHERE "id" <= (SELECT "id" FROM "ReconciliationRun" ORDER BY "id" DESC OFFSET ${KEEP_RUNS} LIMIT 1)`,
  ]);
}
