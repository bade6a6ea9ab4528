import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookAlert } from "@/lib/domain/alerts/payload";

/**
 * Inserts new occurrences in one statement from one JSON parameter: an alert storm's deliveries carry
 * hundreds of alerts, and this is several times faster than createMany's bound parameters.
 * A concurrent insert of the same occurrence (another route's group) is skipped, never duplicated.
 */
export async function insertAlerts(
  tx: Prisma.TransactionClient,
  alerts: WebhookAlert[],
  { groupKey, ticketId, now }: { groupKey: string; ticketId: string | null; now: Date },
): Promise<void> {
  const rows = alerts.map((a) => ({
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
  await tx.$executeRaw`
    INSERT INTO "Alert" ("id", "fingerprint", "startsAt", "endsAt", "status", "alertname", "groupKey", "labels", "annotations",
                         "generatorUrl", "ticketId", "firstReceivedAt", "lastReceivedAt")
    SELECT gen_random_uuid(), x."fingerprint", x."startsAt"::timestamp(3), x."endsAt"::timestamp(3), x."status"::"AlertStatus",
           x."alertname", ${groupKey}, x."labels", x."annotations", x."generatorUrl", ${ticketId}::uuid,
           ${now.toISOString()}::timestamp(3), ${now.toISOString()}::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("fingerprint" text, "startsAt" text, "endsAt" text, "status" text,
         "alertname" text, "labels" jsonb, "annotations" jsonb, "generatorUrl" text)
    ON CONFLICT ("fingerprint", "startsAt") DO NOTHING`;
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
