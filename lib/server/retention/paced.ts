// Retention's batches are paced: after each, the job rests as long as the batch took, so that it takes at most
// half of the database's time for itself and ingestion keeps its pace during a long prune (measured in
// `npm run bench`: without a rest, an alert storm stored about a third fewer alerts/s while closed tickets were
// being deleted).
export type Pause = (ms: number) => Promise<void>;

export const rest: Pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `batch` until it says it is the last (or null: another instance holds the job) or `budgetMs` has passed,
 * resting between batches; returns how many ran.
 */
export async function runPaced(batch: () => Promise<"more" | "last" | null>, { budgetMs, pause = rest }: { budgetMs: number; pause?: Pause }): Promise<number> {
  const started = Date.now();
  let batches = 0;
  while (Date.now() - started < budgetMs) {
    const began = Date.now();
    const outcome = await batch();
    if (outcome === null) break;
    batches++;
    if (outcome === "last") break;
    await pause(Math.max(1, Date.now() - began));
  }
  return batches;
}
