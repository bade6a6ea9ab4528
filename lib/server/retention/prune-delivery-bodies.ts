import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { getSettings } from "@/lib/server/settings/get-settings";
import { runPaced, type Pause } from "./paced";
import { recordRetentionRun } from "./record-retention-run";

// Retention (issue 15): a raw webhook body older than the team's deliveryBodyDays is dropped (payload {}), its
// summary row kept (when, group, status, counts, ticket). Never while its ticket is open: the ticket page and
// its silences read the latest body. In paced batches (./paced.ts), each its own short transaction: ingestion only inserts new
// rows, which these old rows' locks never touch, and SKIP LOCKED leaves any row busy elsewhere.
export const PRUNE_BATCH = 2_000;
const PRUNE_LOCK = 7_301_015; // one instance prunes at a time (beside HEARTBEAT_LOCK 7_301_001)
const RUN_BUDGET_MS = 20_000;

export type PruneResult = { ran: boolean; pruned: number; batches: number };

export async function pruneDeliveryBodies({ db = prisma, now = new Date(), batch = PRUNE_BATCH, budgetMs = RUN_BUDGET_MS, pause }: { db?: PrismaClient; now?: Date; batch?: number; budgetMs?: number; pause?: Pause } = {}): Promise<PruneResult> {
  const { deliveryBodyDays } = await getSettings(db);
  const cutoff = new Date(now.getTime() - deliveryBodyDays * 86_400_000);
  let pruned = 0;
  const batches = await runPaced(async () => {
    const done = await db.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${PRUNE_LOCK}) AS locked`;
      if (!lock?.locked) return null;
      return tx.$executeRaw`
        UPDATE "WebhookDelivery" SET "payload" = '{}'::jsonb, "bodyPrunedAt" = ${now.toISOString()}::timestamp(3)
        WHERE "id" IN (
          SELECT d."id" FROM "WebhookDelivery" d
          WHERE d."bodyPrunedAt" IS NULL AND d."receivedAt" < ${cutoff.toISOString()}::timestamp(3)
            AND NOT EXISTS (SELECT 1 FROM "Ticket" t WHERE t."id" = d."ticketId" AND t."step" <> 'CLOSURE'::"TicketStep")
          ORDER BY d."receivedAt" LIMIT ${batch}
          FOR UPDATE OF d SKIP LOCKED)`;
    });
    if (done === null) return null;
    pruned += done;
    return done < batch ? "last" : "more";
  }, { budgetMs, pause });
  if (batches > 0) await recordRetentionRun(db, { bodies: pruned, at: now });
  return { ran: batches > 0, pruned, batches };
}
