import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import { whereSql } from "./ticket-list-sql";

// Past this many tickets in a step, a filtered count says "at least": counting 140,000 matches costs a scan;
// the open steps of a real team hold far fewer, so there they stay exact.
export const STEP_COUNT_CAP = 2_000;

export type StepCounts = { counts: Record<Step, number>; cappedSteps: Step[] };

/**
 * Tickets per step. Without filters (the tabs of the default view): exact, from the counts the triggers keep
 * (TicketStepCount), whatever the size of the table. With filters: each step counted up to STEP_COUNT_CAP.
 */
export async function countByStep(conditions: Prisma.Sql[] | null): Promise<StepCounts> {
  const counts = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  const cappedSteps: Step[] = [];
  if (!conditions) {
    const rows = await prisma.$queryRaw<{ step: Step; n: bigint }[]>`SELECT "step", sum("delta") AS "n" FROM "TicketStepCount" GROUP BY "step"`;
    for (const row of rows) counts[row.step] = Number(row.n);
    return { counts, cappedSteps };
  }
  const where = whereSql([Prisma.sql`"step" = s."step"`, ...conditions]);
  const rows = await prisma.$queryRaw<{ step: Step; n: bigint }[]>`
    SELECT s."step"::text AS "step", (SELECT count(*) FROM (SELECT 1 FROM "Ticket" ${where} LIMIT ${STEP_COUNT_CAP + 1}) x) AS "n"
    FROM unnest(enum_range(NULL::"TicketStep")) AS s("step")`;
  for (const row of rows) {
    const n = Number(row.n);
    counts[row.step] = Math.min(n, STEP_COUNT_CAP);
    if (n > STEP_COUNT_CAP) cappedSteps.push(row.step);
  }
  return { counts, cappedSteps };
}

/** Folds the triggers' +n/-n rows into one per step, so reading the counts stays a few rows (a background job). */
export async function compactStepCounts(): Promise<void> {
  // Deleting only rows this statement sees and re-inserting their sum keeps SUM(delta) unchanged at every
  // instant, with or without concurrent writers or another instance doing the same.
  await prisma.$executeRaw`
    WITH gone AS (DELETE FROM "TicketStepCount" RETURNING "step", "delta")
    INSERT INTO "TicketStepCount" ("step", "delta") SELECT "step", sum("delta") FROM gone GROUP BY "step"`;
}
