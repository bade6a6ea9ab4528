import { describe, expect, it } from "vitest";
import { runPaced } from "./paced";

/** A batch that takes `ms` (really) and says `outcomes` in turn. */
function batches(outcomes: ("more" | "last" | null)[], ms = 5) {
  let i = 0;
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const outcome = outcomes[i++];
    return outcome === undefined ? "last" : outcome;
  };
}

describe("retention's paced batches", () => {
  it.each<[string, ("more" | "last" | null)[], number, number]>([
    ["rests after each batch but the last", ["more", "more", "last"], 3, 2],
    ["a single batch: no rest", ["last"], 1, 0],
    ["another instance holds the job: nothing ran, no rest", [null], 0, 0],
  ])("%s", async (_, outcomes, ran, rests) => {
    const pauses: number[] = [];
    expect(await runPaced(batches(outcomes), { budgetMs: 10_000, pause: async (ms) => void pauses.push(ms) })).toBe(ran);
    expect(pauses).toHaveLength(rests);
    expect(pauses.every((ms) => ms >= 4)).toBe(true); // as long as the batch took
  });

  it("stops when the budget is spent, rests included", async () => {
    const started = Date.now();
    const ran = await runPaced(batches(Array(1_000).fill("more"), 10), { budgetMs: 200 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(ran).toBeGreaterThan(2);
    expect(ran).toBeLessThanOrEqual(11); // 10 ms of work, then 10 ms of rest: at most half of 200 ms working
  });
});
