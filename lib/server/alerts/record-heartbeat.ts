import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookAlert } from "@/lib/domain/alerts/payload";
import { recordEvents } from "@/lib/server/timeline/record-events";

/**
 * A Watchdog delivery is a beat: note when it arrived, keep its occurrences, and if the heartbeat had been
 * declared late, say on the incident's timeline that it is back and clear the incident's signal.
 */
export async function recordHeartbeat(tx: Prisma.TransactionClient, name: string, beats: WebhookAlert[], groupKey: string, now: Date) {
  const before = await tx.heartbeat.findUnique({ where: { name } });
  await tx.heartbeat.upsert({
    where: { name },
    create: { name, lastSeenAt: now, beats: 1 },
    update: { lastSeenAt: now, beats: { increment: 1 }, lateSince: null },
  });
  await tx.alert.createMany({
    data: beats.map((b) => ({
      fingerprint: b.fingerprint,
      startsAt: b.startsAt!,
      endsAt: b.endsAt,
      status: b.status === "firing" ? ("FIRING" as const) : ("RESOLVED" as const),
      alertname: b.labels.alertname ?? name,
      groupKey,
      labels: b.labels,
      annotations: b.annotations,
      generatorUrl: b.generatorURL,
      heartbeat: true,
    })),
    skipDuplicates: true,
  });
  await tx.alert.updateMany({
    where: { heartbeat: true, fingerprint: { in: beats.map((b) => b.fingerprint) } },
    data: { lastReceivedAt: now, deliveries: { increment: 1 } },
  });

  if (before?.lateSince && before.incidentTicketId) {
    const ticketId = before.incidentTicketId;
    await tx.ticket.update({ where: { id: ticketId }, data: { signal: "RESOLVED" } });
    await recordEvents(tx, { kind: "ALERTMANAGER" }, [
      { ticketId, type: "heartbeat.restored", data: { lateSince: before.lateSince.toISOString(), restoredAt: now.toISOString() } },
      { ticketId, type: "signal.cleared", data: {} },
    ]);
  }
}
