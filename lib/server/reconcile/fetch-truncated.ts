import "server-only";
import { reconcileConfig } from "./config";
import { reconcileGroup } from "./reconcile-group";

// Each fetch reads every group Alertmanager holds for Vigie (the API has no groupKey filter; ~6 MB for 10,000
// alerts): during a storm of truncated groups they run one at a time, each key once however often it is asked.
const pending = new Set<string>();
let draining = false;

async function drain() {
  draining = true;
  try {
    // A Set's iteration visits the keys added while it runs.
    for (const groupKey of pending) {
      pending.delete(groupKey);
      const result = await reconcileGroup(groupKey).catch((e: unknown) => ({ ingested: [], error: e instanceof Error ? e.message : String(e) }));
      if (result.error) {
        console.warn(`alertmanager webhook: the alerts a truncated delivery left out were not fetched (groupKey ${JSON.stringify(groupKey.slice(0, 200))}): ${result.error.split("\n")[0]}`);
      }
    }
  } finally {
    draining = false;
  }
}

/**
 * After a delivery that said `truncatedAlerts > 0` is committed: fetches the alerts it left out from
 * Alertmanager's API (reconcileGroup), in the background. Returns at once; the 200 is not delayed by it.
 * Does nothing without ALERTMANAGER_URL (reconciliation off).
 */
export function fetchTruncatedLater(groupKey: string): void {
  if (!reconcileConfig()) return;
  pending.add(groupKey);
  if (!draining) void drain();
}
