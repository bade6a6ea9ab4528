import type { Prisma } from "@/lib/generated/prisma/client";
import { heartbeatArrival, type HeartbeatArrival, type HeartbeatConfig } from "@/lib/domain/alerts/heartbeat";
import { occurrenceKey } from "@/lib/domain/alerts/occurrences";
import { uuid7s } from "@/lib/uuid7";
import type { WebhookAlert } from "@/lib/domain/alerts/payload";
import { announceHeartbeat } from "@/lib/server/live/announce-heartbeat";
import { recordEvents } from "@/lib/server/timeline/record-events";
import { HEARTBEAT_LOCK } from "./heartbeat-lock";
import { openHeartbeatIncident } from "./open-heartbeat-incident";

/**
 * A Watchdog delivery. Firing: a beat (one per delivery); if the heartbeat had been declared late, the incident's
 * timeline says it is back and its signal clears. Resolved: the rule pipeline stopped, so the R1 incident opens
 * now (or stays open), through the same path as the periodic check. Its occurrences are kept either way.
 */
export async function recordHeartbeat(tx: Prisma.TransactionClient, config: HeartbeatConfig, beats: WebhookAlert[], groupKey: string, now: Date): Promise<HeartbeatArrival> {
  const name = config.matcher.value;
  // Blocking, unlike the periodic check's try-lock: this delivery must decide, and the check then skips a round.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${HEARTBEAT_LOCK})`;
  const fingerprints = [...new Set(beats.map((b) => b.fingerprint))];
  const newest = await tx.$queryRaw<{ fingerprint: string; startsAt: Date }[]>`
    SELECT "fingerprint", max("startsAt") AS "startsAt" FROM "Alert" WHERE "heartbeat" AND "fingerprint" = ANY(${fingerprints}::text[]) GROUP BY "fingerprint"`;
  const arrival = heartbeatArrival(beats, new Map(newest.map((n) => [n.fingerprint, n.startsAt])));
  await storeOccurrences(tx, beats, { name, groupKey, now });

  const before = await tx.heartbeat.upsert({ where: { name }, create: { name, startedWatchingAt: now }, update: {} });
  if (arrival.kind === "beat") {
    await tx.heartbeat.update({ where: { name }, data: { lastSeenAt: now, beats: { increment: 1 }, lateSince: null } });
    if (before.lateSince && before.incidentTicketId) {
      const ticketId = before.incidentTicketId;
      await tx.ticket.update({ where: { id: ticketId }, data: { signal: "RESOLVED" } });
      await recordEvents(tx, { kind: "ALERTMANAGER" }, [
        { ticketId, type: "heartbeat.restored", data: { lateSince: before.lateSince.toISOString(), restoredAt: now.toISOString() } },
        { ticketId, type: "signal.cleared", data: {} },
      ]);
    }
  } else if (arrival.kind === "stopped" && !before.lateSince) {
    await openHeartbeatIncident(tx, config, { kind: "stopped", lastSeenAt: before.lastSeenAt, endedAt: arrival.endedAt }, now);
  }
  if (arrival.kind !== "stale") await announceHeartbeat(tx);
  return arrival;
}

/** One row per occurrence; a resolved notice ends it; each occurrence counts this delivery once. */
async function storeOccurrences(tx: Prisma.TransactionClient, beats: WebhookAlert[], { name, groupKey, now }: { name: string; groupKey: string; now: Date }) {
  const unique = new Map<string, WebhookAlert>();
  // A resolved copy wins over a firing one of the same occurrence in one delivery.
  for (const b of beats) {
    const key = occurrenceKey(b.fingerprint, b.startsAt!);
    if (!unique.has(key) || b.status === "resolved") unique.set(key, b);
  }
  const ids = uuid7s(unique.size, now.getTime());
  const rows = [...unique.values()].map((b, i) => ({
    id: ids[i],
    fingerprint: b.fingerprint,
    startsAt: b.startsAt!.toISOString(),
    endsAt: b.endsAt?.toISOString() ?? null,
    status: b.status === "firing" ? "FIRING" : "RESOLVED",
    alertname: b.labels.alertname ?? name,
    labels: b.labels,
    annotations: b.annotations,
    generatorUrl: b.generatorURL,
  }));
  await tx.$executeRaw`
    INSERT INTO "Alert" ("id", "fingerprint", "startsAt", "endsAt", "status", "alertname", "groupKey", "labels", "annotations",
                         "generatorUrl", "heartbeat", "firstReceivedAt", "lastReceivedAt")
    SELECT x."id"::uuid, x."fingerprint", x."startsAt"::timestamp(3), x."endsAt"::timestamp(3), x."status"::"AlertStatus",
           x."alertname", ${groupKey}, x."labels", x."annotations", x."generatorUrl", true,
           ${now.toISOString()}::timestamp(3), ${now.toISOString()}::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" text, "fingerprint" text, "startsAt" text, "endsAt" text, "status" text,
         "alertname" text, "labels" jsonb, "annotations" jsonb, "generatorUrl" text)
    ON CONFLICT ("startsAt", "fingerprint") DO UPDATE SET
      "lastReceivedAt" = EXCLUDED."lastReceivedAt",
      "deliveries" = "Alert"."deliveries" + 1,
      "status" = CASE WHEN EXCLUDED."status" = 'RESOLVED' THEN 'RESOLVED'::"AlertStatus" ELSE "Alert"."status" END,
      "endsAt" = CASE WHEN EXCLUDED."status" = 'RESOLVED' THEN EXCLUDED."endsAt" ELSE "Alert"."endsAt" END`;
}
