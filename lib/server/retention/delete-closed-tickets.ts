import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/server/settings/get-settings";
import { runPaced, type Pause } from "./paced";
import { recordRetentionRun } from "./record-retention-run";

// Retention of closed tickets (issue 15), off unless admins set closedTicketDays: a ticket closed longer ago is
// deleted with all that hangs from it. In paced batches (./paced.ts), each its own short transaction, one instance at a time.
export const DELETE_BATCH = 100;
const DELETE_LOCK = 7_301_016; // beside PRUNE_LOCK 7_301_015
const RUN_BUDGET_MS = 20_000;

export type DeleteResult = { ran: boolean; deleted: number; batches: number };

// Kept whatever its age: a ticket a published REX tells (the REX links it), one still firing (a repeat would
// open it anew), one an open ticket follows (recurrence, duplicate target: ingestion links the group's last
// closed ticket) and the heartbeat's or Alertmanager's incident (their state points at it).
const eligible = (cutoff: Date) => Prisma.sql`
  t."step" = 'CLOSURE'::"TicketStep" AND t."closedAt" < ${cutoff.toISOString()}::timestamp(3) AND t."createdAt" < ${cutoff.toISOString()}::timestamp(3)
  AND NOT EXISTS (SELECT 1 FROM "Rex" r WHERE r."ticketId" = t."id" AND r."status" = 'PUBLISHED'::"RexStatus")
  AND NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a."ticketId" = t."id" AND a."status" = 'FIRING'::"AlertStatus")
  AND NOT EXISTS (SELECT 1 FROM "Ticket" o WHERE o."previousTicketId" = t."id" AND o."step" <> 'CLOSURE'::"TicketStep")
  AND NOT EXISTS (SELECT 1 FROM "Ticket" o WHERE o."id" = t."duplicateOfId" AND o."step" <> 'CLOSURE'::"TicketStep")
  AND NOT EXISTS (SELECT 1 FROM "Heartbeat" h WHERE h."incidentTicketId" = t."id")
  AND NOT EXISTS (SELECT 1 FROM "ReconcileState" s WHERE s."incidentTicketId" = t."id")`;

export async function deleteClosedTickets({ db = prisma, now = new Date(), batch = DELETE_BATCH, budgetMs = RUN_BUDGET_MS, pause }: { db?: PrismaClient; now?: Date; batch?: number; budgetMs?: number; pause?: Pause } = {}): Promise<DeleteResult> {
  const { closedTicketDays } = await getSettings(db);
  if (closedTicketDays === null) return { ran: false, deleted: 0, batches: 0 };
  const cutoff = new Date(now.getTime() - closedTicketDays * 86_400_000);
  let deleted = 0;
  const batches = await runPaced(async () => {
    const done = await db.$transaction((tx) => deleteBatch(tx, cutoff, batch));
    if (done === null) return null;
    deleted += done.deleted;
    return done.candidates < batch ? "last" : "more";
  }, { budgetMs, pause });
  const ran = batches > 0;
  if (ran) {
    await recordRetentionRun(db, { tickets: deleted, at: now });
    if (deleted > 0) console.info(`retention: closed tickets deleted: ${deleted} (closed before ${cutoff.toISOString()}), in ${batches} batches`);
  }
  return { ran, deleted, batches };
}

async function deleteBatch(tx: Prisma.TransactionClient, cutoff: Date, batch: number) {
  const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DELETE_LOCK}) AS locked`;
  if (!lock?.locked) return null;
  // Oldest first, through the (step, createdAt) index: a ticket is created before it is closed.
  const candidates = await tx.$queryRaw<{ id: string; groupKey: string | null }[]>`
    SELECT t."id", t."groupKey" FROM "Ticket" t WHERE ${eligible(cutoff)} ORDER BY t."createdAt" LIMIT ${batch}`;
  if (candidates.length === 0) return { candidates: 0, deleted: 0 };
  // Ingestion holds its group's lock while it links a new ticket to the last closed one: a group being
  // ingested right now is left for the next run, so that ingestion never waits on a delete, nor fails on one.
  const keys = [...new Set(candidates.flatMap((c) => (c.groupKey ? [c.groupKey] : [])))];
  const free = new Set((await tx.$queryRaw<{ k: string }[]>`
    SELECT k FROM unnest(${keys}::text[]) AS k WHERE pg_try_advisory_xact_lock(hashtextextended(k, 0))`).map((r) => r.k));
  const wanted = candidates.filter((c) => !c.groupKey || free.has(c.groupKey)).map((c) => c.id);
  // Checked again under the row locks: a reopen committed since the first read is kept.
  const ids = (await tx.$queryRaw<{ id: string }[]>`
    SELECT t."id" FROM "Ticket" t WHERE t."id" = ANY(${wanted}::uuid[]) AND ${eligible(cutoff)} FOR UPDATE OF t SKIP LOCKED`).map((r) => r.id);
  if (ids.length > 0) await deleteTickets(tx, ids);
  return { candidates: candidates.length, deleted: ids.length };
}

async function deleteTickets(tx: Prisma.TransactionClient, ids: string[]) {
  const of = Prisma.sql`${ids}::uuid[]`;
  // The timeline's trigger lets this transaction, and only it, delete a closed ticket's events.
  await tx.$executeRaw`SELECT set_config('vigie.retention', 'on', true)`;
  await tx.$executeRaw`DELETE FROM "ReconcileMissing" WHERE "alertId" IN (SELECT "id" FROM "Alert" WHERE "ticketId" = ANY(${of}))`;
  await tx.$executeRaw`DELETE FROM "Alert" WHERE "ticketId" = ANY(${of})`;
  await tx.$executeRaw`DELETE FROM "TimelineEvent" WHERE "ticketId" = ANY(${of})`;
  for (const table of ["ValidationVote", "Measure", "FollowUp", "StepSpan", "TicketSilence", "DigestItem", "EscalationNotification"]) {
    await tx.$executeRaw`DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE "ticketId" = ANY(${of})`;
  }
  // Sent mail and posted webhooks go with the ticket; one still waiting is sent (its row loses the ticket link).
  await tx.$executeRaw`DELETE FROM "OutboxEmail" WHERE "ticketId" = ANY(${of}) AND "status" <> 'PENDING'::"EmailStatus"`;
  await tx.$executeRaw`DELETE FROM "OutgoingWebhook" WHERE "ticketId" = ANY(${of}) AND "status" <> 'PENDING'::"WebhookStatus"`;
  await tx.$executeRaw`DELETE FROM "RexMeasure" WHERE "rexId" IN (SELECT "id" FROM "Rex" WHERE "ticketId" = ANY(${of}))`;
  await tx.$executeRaw`DELETE FROM "Rex" WHERE "ticketId" = ANY(${of})`;
  // The register still counts these incidents (a risk's probability rests on how often it happened).
  await tx.$executeRaw`
    UPDATE "Risk" r SET "incidentsDeleted" = r."incidentsDeleted" + c.n
    FROM (SELECT code, count(*)::int AS n FROM "Ticket", unnest("riskCodes") AS code WHERE "id" = ANY(${of}) GROUP BY code) c
    WHERE r."code" = c.code`;
  // PublicIncident (its updates, services) and PublicReport cascade; recurrences' and duplicates' links become null.
  await tx.$executeRaw`DELETE FROM "Ticket" WHERE "id" = ANY(${of})`;
}
