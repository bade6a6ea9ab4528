import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import { whereSql } from "./ticket-list-sql";

// Past this many tickets in a step (for a text search: in the open steps together), a filtered count says
// "at least": counting 140,000 matches costs a scan; the open steps of a real team hold far fewer, so there
// they stay exact.
export const STEP_COUNT_CAP = 2_000;

export type StepCounts = { counts: Record<Step, number>; cappedSteps: Step[] };

/**
 * Tickets per step. Without filters (the tabs of the default view): exact, from the counts the triggers keep
 * (TicketStepCount), whatever the size of the table. With filters: each step counted up to STEP_COUNT_CAP
 * (a text search: see textCounts).
 */
const exactCounts = async () => {
  const counts = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  const rows = await prisma.$queryRaw<{ step: Step; n: bigint }[]>`SELECT "step", sum("delta") AS "n" FROM "TicketStepCount" GROUP BY "step"`;
  for (const row of rows) counts[row.step] = Number(row.n);
  return counts;
};

// One capped count per step, each with its step as a literal: the planner then knows that a step holds
// 1,700 tickets and another 990,000, and picks an index for the first instead of scanning for both.
const cappedCount = (stepsHere: readonly Step[], conditions: Prisma.Sql[], cap = STEP_COUNT_CAP) =>
  Prisma.join(stepsHere.map((step) => Prisma.sql`
    SELECT ${step}::text AS "step", count(*) AS "n" FROM (SELECT 1 FROM "Ticket" ${whereSql([Prisma.raw(`"step" = '${step}'::"TicketStep"`), ...conditions])} LIMIT ${cap + 1}) x`), " UNION ALL ");

const openSteps = steps.filter((s) => s !== "CLOSURE");
type Row = { step: Step; n: bigint };

/** A text search counts closed matches up to this many: the history's bound ("200+"), read in about 1 ms. */
export const TEXT_CLOSURE_CAP = 200;

/**
 * A text search reads every row it examines (title and description through ILIKE, about 1 µs a row): six
 * step-by-step counts read 10,000 open rows for 2,000 matches. The open steps are counted together instead, in
 * one statement that the open tickets' own trigram indexes answer (a few thousand rows of a million), up to
 * STEP_COUNT_CAP matches in all: exact below it; past it each open step's count is a lower bound. Closure is
 * counted alone up to TEXT_CLOSURE_CAP: 2,000 common matches among 990,000 closed tickets cost 10,000 rows
 * read (10-50 ms). The planner picks between reading rows and the trigram index (a rare text) by itself:
 * forcing rows for a text whose page filled up scanned the million closed rows when none of them matched.
 */
async function textCounts(conditions: Prisma.Sql[]): Promise<{ rows: Row[]; openCapped: boolean }> {
  const [openRows, closureRows] = await Promise.all([
    prisma.$queryRaw<Row[]>`
      SELECT "step"::text AS "step", count(*) AS "n"
      FROM (SELECT "step" FROM "Ticket" ${whereSql([Prisma.raw(`"step" <> 'CLOSURE'::"TicketStep"`), ...conditions])} LIMIT ${STEP_COUNT_CAP + 1}) x
      GROUP BY "step"`,
    prisma.$queryRaw<Row[]>`${cappedCount(["CLOSURE"], conditions, TEXT_CLOSURE_CAP)}`,
  ]);
  const openCapped = openRows.reduce((sum, r) => sum + Number(r.n), 0) > STEP_COUNT_CAP;
  return { rows: [...openRows, ...closureRows], openCapped };
}

export async function countByStep(conditions: Prisma.Sql[] | null, options: { text?: boolean } = {}): Promise<StepCounts> {
  const cappedSteps: Step[] = [];
  if (!conditions) return { counts: await exactCounts(), cappedSteps };
  const counts = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  const { rows, openCapped } = options.text ? await textCounts(conditions) : { rows: await prisma.$queryRaw<Row[]>`${cappedCount(steps, conditions)}`, openCapped: false };
  for (const row of rows) {
    const n = Number(row.n);
    const cap = options.text && row.step === "CLOSURE" ? TEXT_CLOSURE_CAP : STEP_COUNT_CAP;
    counts[row.step] = Math.min(n, cap);
    if (n > cap) cappedSteps.push(row.step);
  }
  // Past STEP_COUNT_CAP open matches, every open step's count is a lower bound, 0 included (0+).
  if (openCapped) for (const step of openSteps) if (!cappedSteps.includes(step)) cappedSteps.push(step);
  return { counts, cappedSteps: steps.filter((s) => cappedSteps.includes(s)) };
}

/** Folds the triggers' +n/-n rows into one per step and priority, so reading the counts stays a few rows (a background job). */
export async function compactStepCounts(): Promise<void> {
  // Deleting only rows this statement sees and re-inserting their sum keeps SUM(delta) unchanged at every
  // instant, with or without concurrent writers or another instance doing the same.
  await prisma.$executeRaw`
    WITH gone AS (DELETE FROM "TicketStepCount" RETURNING "step", "priority", "delta")
    INSERT INTO "TicketStepCount" ("step", "priority", "delta") SELECT "step", "priority", sum("delta") FROM gone GROUP BY "step", "priority"`;
}

/** Tickets per step and priority, exact, from the same rows (vigie_tickets): never a count of the table. */
export async function countByStepAndPriority(): Promise<{ step: Step; priority: number; count: number }[]> {
  const rows = await prisma.$queryRaw<{ step: Step; priority: number; n: bigint }[]>`
    SELECT "step", "priority", sum("delta") AS "n" FROM "TicketStepCount" GROUP BY "step", "priority" HAVING sum("delta") <> 0`;
  return rows.map((r) => ({ step: r.step, priority: r.priority, count: Number(r.n) }));
}
