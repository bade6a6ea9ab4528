import "server-only";
import { prisma } from "@/lib/db/prisma";

// vigie_webhook_deliveries_accepted_total without counting WebhookDelivery at each scrape (a table of years: a
// Watchdog delivery a minute): the trigger of migration 20261202120000 appends +n rows, folded here.

/** Alertmanager deliveries stored so far, on every instance (those reconciliation built are not counted). */
export async function acceptedDeliveries(): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint | null }[]>`SELECT sum("delta") AS "n" FROM "WebhookDeliveryCount"`;
  return Number(row?.n ?? 0);
}

/** Folds the trigger's rows into one (a background job), so reading the count stays a few rows. */
export async function compactDeliveryCounts(): Promise<void> {
  // As compactStepCounts: deleting only the rows this statement sees and inserting their sum keeps SUM(delta)
  // unchanged at every instant, with concurrent inserts or another instance folding too.
  await prisma.$executeRaw`
    WITH gone AS (DELETE FROM "WebhookDeliveryCount" RETURNING "delta")
    INSERT INTO "WebhookDeliveryCount" ("delta") SELECT sum("delta") FROM gone HAVING count(*) > 0`;
}
