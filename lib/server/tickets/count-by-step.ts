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
const exactCounts = async () => {
  const counts = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  const rows = await prisma.$queryRaw<{ step: Step; n: bigint }[]>`SELECT "step", sum("delta") AS "n" FROM "TicketStepCount" GROUP BY "step"`;
  for (const row of rows) counts[row.step] = Number(row.n);
  return counts;
};

// One capped count per step, each with its step as a literal: the planner then knows that a step holds
// 1,700 tickets and another 990,000, and picks an index for the first instead of scanning for both.
const cappedCount = (stepsHere: readonly Step[], conditions: Prisma.Sql[]) =>
  Prisma.join(stepsHere.map((step) => Prisma.sql`
    SELECT ${step}::text AS "step", count(*) AS "n" FROM (SELECT 1 FROM "Ticket" ${whereSql([Prisma.raw(`"step" = '${step}'::"TicketStep"`), ...conditions])} LIMIT ${STEP_COUNT_CAP + 1}) x`), " UNION ALL ");

/**
 * With a text search, PostgreSQL reads the trigram index: cheap for a rare text, but for a common one posting
 * lists of 200,000 entries (100 ms a step). When the text is common (its page filled up), the steps are read
 * row by row instead (bitmap scans off), which finds the capped number of matches quickly.
 */
async function textCounts(conditions: Prisma.Sql[], commonText: boolean) {
  if (!commonText) return prisma.$queryRaw<{ step: Step; n: bigint }[]>`${cappedCount(steps, conditions)}`;
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL enable_bitmapscan = off`,
    prisma.$queryRaw<{ step: Step; n: bigint }[]>`${cappedCount(steps, conditions)}`,
  ]);
  return rows;
}

export async function countByStep(conditions: Prisma.Sql[] | null, options: { commonText?: boolean } = {}): Promise<StepCounts> {
  const cappedSteps: Step[] = [];
  if (!conditions) return { counts: await exactCounts(), cappedSteps };
  const counts = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  const rows = options.commonText !== undefined ? await textCounts(conditions, options.commonText) : await prisma.$queryRaw<{ step: Step; n: bigint }[]>`${cappedCount(steps, conditions)}`;
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
