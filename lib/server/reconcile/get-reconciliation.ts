import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { ReconcileChange } from "./changes";
import { reconcileConfig } from "./config";

export type Reachability = { url: string; ok: boolean; alerts?: number; error?: string };

/** Reconciliation as admins see it: the configuration, Alertmanager's reachability, the last runs and what they changed. */
export async function getReconciliation({ actor, runs = 30 }: { actor: Actor; runs?: number }) {
  assertCan(actor, "administer");
  const config = reconcileConfig();
  const [state, recent] = await Promise.all([
    prisma.reconcileState.findUnique({ where: { id: 1 } }),
    prisma.reconciliationRun.findMany({ orderBy: { id: "desc" }, take: runs }),
  ]);
  const last = recent[0] ?? null;
  return {
    config: config && { urls: config.urls, receiver: config.receiver, intervalMs: config.intervalMs, graceMs: config.graceMs, unreachableAfterMs: config.unreachableAfterMs },
    state: {
      resolvedTotal: state?.resolvedTotal ?? 0,
      ingestedTotal: state?.ingestedTotal ?? 0,
      lastReachableAt: state?.lastReachableAt ?? null,
      unreachableSince: state?.unreachableSince ?? null,
      incidentTicketId: state?.alertedAt ? state.incidentTicketId : null,
    },
    last: last && { ...last, id: String(last.id), reachable: last.reachable as Reachability[], changes: last.changes as ReconcileChange[] },
    runs: recent.map((r) => ({ id: String(r.id), startedAt: r.startedAt, durationMs: r.durationMs, alertsSeen: r.alertsSeen, resolved: r.resolved, ingested: r.ingested, error: r.error, reachable: r.reachable as Reachability[] })),
  };
}
