import type { Prisma } from "@/lib/generated/prisma/client";
import { occurrenceKey, planOccurrences, type OccurrencePlan, type StoredOccurrence } from "@/lib/domain/alerts/occurrences";

/** A delivery's plan, with the ids of the rows it stored (its claim). */
export type Claimed = OccurrencePlan & { claimedIds: string[] };
import type { WebhookAlert } from "@/lib/domain/alerts/payload";
import { uuid7s } from "@/lib/uuid7";

/**
 * Inserts new occurrences in one statement from one JSON parameter: an alert storm's deliveries carry
 * hundreds of alerts, and this is several times faster than createMany's bound parameters.
 * A concurrent insert of the same occurrence (another route's group) is skipped, never duplicated; the keys
 * returned (with their row ids) are the occurrences this insert wrote. Rows go in key order, so that two deliveries sharing
 * occurrences wait for each other instead of deadlocking. Ids are UUIDs v7 and the key is (startsAt, fingerprint): a
 * storm's new rows land in the last pages of both B-trees, whatever the table holds.
 */
export async function insertAlerts(
  tx: Prisma.TransactionClient,
  alerts: WebhookAlert[],
  { groupKey, ticketId, now }: { groupKey: string; ticketId: string | null; now: Date },
): Promise<Map<string, string>> {
  const ids = uuid7s(alerts.length, now.getTime());
  const rows = alerts.map((a, i) => ({
    id: ids[i],
    fingerprint: a.fingerprint,
    startsAt: a.startsAt!.toISOString(),
    endsAt: a.endsAt?.toISOString() ?? null,
    status: a.status === "firing" ? "FIRING" : "RESOLVED",
    alertname: a.labels.alertname ?? "",
    labels: a.labels,
    annotations: a.annotations,
    generatorUrl: a.generatorURL,
  }));
  // Timestamps are stored as UTC without a zone, as Prisma does: the ISO strings' "Z" is dropped by the cast.
  const inserted = await tx.$queryRaw<{ id: string; fingerprint: string; startsAt: Date }[]>`
    INSERT INTO "Alert" ("id", "fingerprint", "startsAt", "endsAt", "status", "alertname", "groupKey", "labels", "annotations",
                         "generatorUrl", "ticketId", "firstReceivedAt", "lastReceivedAt")
    SELECT x."id"::uuid, x."fingerprint", x."startsAt"::timestamp(3), x."endsAt"::timestamp(3), x."status"::"AlertStatus",
           x."alertname", ${groupKey}, x."labels", x."annotations", x."generatorUrl", ${ticketId}::uuid,
           ${now.toISOString()}::timestamp(3), ${now.toISOString()}::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" text, "fingerprint" text, "startsAt" text, "endsAt" text, "status" text,
         "alertname" text, "labels" jsonb, "annotations" jsonb, "generatorUrl" text)
    ORDER BY x."startsAt", x."fingerprint"
    ON CONFLICT ("startsAt", "fingerprint") DO NOTHING
    RETURNING "id", "fingerprint", "startsAt"`;
  return new Map(inserted.map((r) => [occurrenceKey(r.fingerprint, r.startsAt), r.id]));
}

/**
 * The stored occurrences among these keys (alerts, or the ones Alertmanager lists), each looked up by its
 * (fingerprint, startsAt) key through the unique index: what planOccurrences and the reconciliation compare. (By
 * fingerprint alone, a flapping alert's whole history was read at every delivery, and a table not yet analysed —
 * the first storm after installing — got a sequential scan.) Keys without a start are never stored: skipped.
 */
export async function storedOccurrences(db: Prisma.TransactionClient, keys: readonly { fingerprint: string; startsAt: Date | null }[]): Promise<StoredOccurrence[]> {
  const unique = new Map<string, { fingerprint: string; startsAt: string }>();
  for (const { fingerprint, startsAt } of keys) if (startsAt) unique.set(occurrenceKey(fingerprint, startsAt), { fingerprint, startsAt: startsAt.toISOString() });
  if (unique.size === 0) return [];
  // Timestamps are stored as UTC without a zone: the ISO strings' "Z" is dropped by the cast (as in insertAlerts).
  return db.$queryRaw<StoredOccurrence[]>`
    SELECT a."id", a."fingerprint", a."startsAt", a."status"::text AS "status", a."ticketId"
    FROM jsonb_to_recordset(${JSON.stringify([...unique.values()])}::jsonb) AS x("fingerprint" text, "startsAt" text)
    JOIN "Alert" a ON a."fingerprint" = x."fingerprint" AND a."startsAt" = x."startsAt"::timestamp(3)`;
}

/**
 * Plans a delivery and stores its new occurrences BEFORE any ticket is decided: the unique (fingerprint,
 * startsAt) index decides which delivery owns an occurrence. One that a concurrent delivery of another group
 * (routes with `continue: true`) stored first belongs to that delivery's ticket: here it is only resolved or
 * repeated, so a group bringing nothing of its own opens no (empty) ticket. `ticketId`: the group's open
 * ticket, which takes them at once; without one they wait, unassigned, for the ticket the delivery opens.
 */
export async function claimOccurrences(
  tx: Prisma.TransactionClient,
  alerts: WebhookAlert[],
  stored: StoredOccurrence[],
  { groupKey, ticketId, now }: { groupKey: string; ticketId: string | null; now: Date },
): Promise<Claimed> {
  const plan = planOccurrences(alerts, stored);
  if (plan.fresh.length === 0) return { ...plan, claimedIds: [] };
  const mine = await insertAlerts(tx, plan.fresh, { groupKey, ticketId, now });
  const claimedIds = [...mine.values()];
  const lost = plan.fresh.filter((a) => !mine.has(occurrenceKey(a.fingerprint, a.startsAt!)));
  if (lost.length === 0) return { ...plan, claimedIds };
  // The other transaction has committed (the insert waited for it): its rows are visible to this statement.
  const theirs = await storedOccurrences(tx, lost);
  const again = planOccurrences(lost, theirs);
  return {
    fresh: plan.fresh.filter((a) => mine.has(occurrenceKey(a.fingerprint, a.startsAt!))),
    resolving: [...plan.resolving, ...again.resolving],
    repeated: [...plan.repeated, ...again.repeated],
    claimedIds,
  };
}

/**
 * Gives the occurrences this delivery claimed to the ticket it opened, by the ids their insert returned: a
 * lookup by primary key whatever the table holds. (By their key with "ticketId IS NULL", the planner, told by
 * statistics that no alert lacks a ticket, went through the ticketId index: 5 ms a delivery on an empty table,
 * and the first CPU consumer of a storm at 3,000,000 stored alerts.)
 */
export async function assignAlerts(tx: Prisma.TransactionClient, ids: string[], ticketId: string | null): Promise<void> {
  if (!ticketId || ids.length === 0) return;
  await tx.$executeRaw`UPDATE "Alert" SET "ticketId" = ${ticketId}::uuid WHERE "id" = ANY(${ids}::uuid[])`;
}

/** Records the end of occurrences stored as firing, in one statement however many resolve together. */
export async function resolveAlerts(tx: Prisma.TransactionClient, resolving: { id: string; endsAt: Date }[], now: Date): Promise<void> {
  if (resolving.length === 0) return;
  const rows = resolving.map((r) => ({ id: r.id, endsAt: r.endsAt.toISOString() }));
  await tx.$executeRaw`
    UPDATE "Alert" AS a SET "status" = 'RESOLVED', "endsAt" = x."endsAt"::timestamp(3),
           "lastReceivedAt" = ${now.toISOString()}::timestamp(3), "deliveries" = a."deliveries" + 1
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" uuid, "endsAt" text)
    WHERE a."id" = x."id"`;
}

/** Counts one more delivery of occurrences already stored, in one statement. */
export async function repeatAlerts(tx: Prisma.TransactionClient, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Alert" SET "lastReceivedAt" = ${now.toISOString()}::timestamp(3), "deliveries" = "deliveries" + 1
    WHERE "id" = ANY(${ids}::uuid[])`;
}
