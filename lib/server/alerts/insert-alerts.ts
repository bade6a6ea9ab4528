import type { Sql } from "@/lib/db/sql";
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
  sql: Sql,
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
  const inserted = await sql.query<{ id: string; fingerprint: string; startsAt: Date }>(
    `INSERT INTO "Alert" ("id", "fingerprint", "startsAt", "endsAt", "status", "alertname", "groupKey", "labels", "annotations",
                          "generatorUrl", "ticketId", "firstReceivedAt", "lastReceivedAt")
     SELECT x."id"::uuid, x."fingerprint", x."startsAt"::timestamp(3), x."endsAt"::timestamp(3), x."status"::"AlertStatus",
            x."alertname", $1, x."labels", x."annotations", x."generatorUrl", $2::uuid, $3::timestamp(3), $3::timestamp(3)
     FROM jsonb_to_recordset($4::jsonb) AS x("id" text, "fingerprint" text, "startsAt" text, "endsAt" text, "status" text,
          "alertname" text, "labels" jsonb, "annotations" jsonb, "generatorUrl" text)
     ORDER BY x."startsAt", x."fingerprint"
     ON CONFLICT ("startsAt", "fingerprint") DO NOTHING
     RETURNING "id", "fingerprint", "startsAt"`,
    [groupKey, ticketId, now.toISOString(), JSON.stringify(rows)],
  );
  return new Map(inserted.map((r) => [occurrenceKey(r.fingerprint, r.startsAt), r.id]));
}

/**
 * The stored occurrences among these keys (alerts, or the ones Alertmanager lists), each looked up by its
 * (fingerprint, startsAt) key through the unique index: what planOccurrences and the reconciliation compare. (By
 * fingerprint alone, a flapping alert's whole history was read at every delivery, and a table not yet analysed —
 * the first storm after installing — got a sequential scan.) Keys without a start are never stored: skipped.
 */
export async function storedOccurrences(sql: Sql, keys: readonly { fingerprint: string; startsAt: Date | null }[]): Promise<StoredOccurrence[]> {
  const unique = new Map<string, { fingerprint: string; startsAt: string }>();
  for (const { fingerprint, startsAt } of keys) if (startsAt) unique.set(occurrenceKey(fingerprint, startsAt), { fingerprint, startsAt: startsAt.toISOString() });
  if (unique.size === 0) return [];
  // Timestamps are stored as UTC without a zone: the ISO strings' "Z" is dropped by the cast (as in insertAlerts).
  return sql.query<StoredOccurrence>(
    `SELECT a."id", a."fingerprint", a."startsAt", a."status"::text AS "status", a."ticketId"
     FROM jsonb_to_recordset($1::jsonb) AS x("fingerprint" text, "startsAt" text)
     JOIN "Alert" a ON a."fingerprint" = x."fingerprint" AND a."startsAt" = x."startsAt"::timestamp(3)`,
    [JSON.stringify([...unique.values()])],
  );
}

/**
 * Plans a delivery and stores its new occurrences BEFORE any ticket is decided: the unique (fingerprint,
 * startsAt) index decides which delivery owns an occurrence. One that a concurrent delivery of another group
 * (routes with `continue: true`) stored first belongs to that delivery's ticket: here it is only resolved or
 * repeated, so a group bringing nothing of its own opens no (empty) ticket. `ticketId`: the group's open
 * ticket (or the one registered for this delivery), which takes them at once; without one they stay unassigned.
 */
export async function claimOccurrences(
  sql: Sql,
  plan: OccurrencePlan,
  { groupKey, ticketId, now }: { groupKey: string; ticketId: string | null; now: Date },
): Promise<Claimed> {
  if (plan.fresh.length === 0) return { ...plan, claimedIds: [] };
  const mine = await insertAlerts(sql, plan.fresh, { groupKey, ticketId, now });
  const claimedIds = [...mine.values()];
  const lost = plan.fresh.filter((a) => !mine.has(occurrenceKey(a.fingerprint, a.startsAt!)));
  if (lost.length === 0) return { ...plan, claimedIds };
  // The other transaction has committed (the insert waited for it): its rows are visible to this statement.
  const theirs = await storedOccurrences(sql, lost);
  const again = planOccurrences(lost, theirs);
  return {
    fresh: plan.fresh.filter((a) => mine.has(occurrenceKey(a.fingerprint, a.startsAt!))),
    resolving: [...plan.resolving, ...again.resolving],
    repeated: [...plan.repeated, ...again.repeated],
    claimedIds,
  };
}

/** Records the end of occurrences stored as firing, in one statement however many resolve together. */
export async function resolveAlerts(sql: Sql, resolving: { id: string; endsAt: Date }[], now: Date): Promise<void> {
  if (resolving.length === 0) return;
  const rows = resolving.map((r) => ({ id: r.id, endsAt: r.endsAt.toISOString() }));
  await sql.query(
    `UPDATE "Alert" AS a SET "status" = 'RESOLVED', "endsAt" = x."endsAt"::timestamp(3),
            "lastReceivedAt" = $1::timestamp(3), "deliveries" = a."deliveries" + 1
     FROM jsonb_to_recordset($2::jsonb) AS x("id" uuid, "endsAt" text)
     WHERE a."id" = x."id"`,
    [now.toISOString(), JSON.stringify(rows)],
  );
}

/** Counts one more delivery of occurrences already stored, in one statement. */
export async function repeatAlerts(sql: Sql, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await sql.query(`UPDATE "Alert" SET "lastReceivedAt" = $1::timestamp(3), "deliveries" = "deliveries" + 1 WHERE "id" = ANY($2::uuid[])`, [now.toISOString(), ids]);
}
