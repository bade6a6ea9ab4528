import { env } from "@/lib/env";

export type ReconcileConfig = {
  urls: string[];
  /** Anchored regular expression of the receivers that post to Vigie (Alertmanager's `receiver` filter). */
  receiver: string;
  intervalMs: number;
  graceMs: number;
  unreachableAfterMs: number;
};

/** Null when ALERTMANAGER_URL is not set: reconciliation is off. */
export function reconcileConfig(): ReconcileConfig | null {
  const e = env();
  if (!e.ALERTMANAGER_URL) return null;
  return {
    urls: e.ALERTMANAGER_URL,
    receiver: e.ALERTMANAGER_RECEIVER,
    intervalMs: e.RECONCILE_INTERVAL,
    graceMs: e.RECONCILE_GRACE,
    unreachableAfterMs: e.ALERTMANAGER_UNREACHABLE_AFTER,
  };
}
