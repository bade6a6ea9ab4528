import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { heartbeatStatus, type HeartbeatConfig } from "@/lib/domain/alerts/heartbeat";
import { priorityOf } from "@/lib/domain/priority";
import { publicUrl } from "@/lib/env";
import { heartbeatLateEmail } from "@/lib/mail/templates";
import { activeAdminEmails, enqueueEmail } from "@/lib/server/mail/enqueue-email";
import { recordEvents } from "@/lib/server/timeline/record-events";
import { heartbeatConfig } from "./config";

// Any constant shared by all instances: only one of them runs the check at a time.
const HEARTBEAT_LOCK = 7_301_001;

export type HeartbeatCheck = { ran: boolean; late?: boolean; openedTicketId?: string };

/**
 * Risk R1: when the Watchdog has not arrived within its period plus grace, the alerting pipeline is presumed
 * down. Open (or reuse) an incident linked to R1 and email the admins directly — not through Alertmanager,
 * which is the thing that may be broken.
 */
export async function checkHeartbeat({ db = prisma, now = new Date(), config = heartbeatConfig() }: { db?: PrismaClient; now?: Date; config?: HeartbeatConfig } = {}): Promise<HeartbeatCheck> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${HEARTBEAT_LOCK}) AS locked`;
    if (!lock?.locked) return { ran: false };
    const name = config.matcher.value;
    const heartbeat = await tx.heartbeat.upsert({ where: { name }, create: { name, startedWatchingAt: now }, update: {} });
    const status = heartbeatStatus(heartbeat, config, now);
    if (!status.late || heartbeat.lateSince) return { ran: true, late: status.late };

    const groupKey = `vigie:heartbeat:${name}`;
    let ticket = await tx.ticket.findUnique({ where: { openGroupKey: groupKey }, select: { id: true, number: true, title: true } });
    if (!ticket) {
      const urgency = 5;
      const impact = 4;
      ticket = await tx.ticket.create({
        data: {
          title: `No ${name} heartbeat: the alerting pipeline may be down`,
          description: `Vigie expects the ${config.matcher.label}="${name}" alert at least every ${Math.round(config.periodMs / 3_600_000)} h (plus ${Math.round(config.graceMs / 60_000)} min of grace). While it is missing, Prometheus or Alertmanager may be down and no other alert reaches anyone.`,
          source: "HEARTBEAT",
          urgency,
          impact,
          priority: priorityOf(urgency, impact),
          category: "SERVICE",
          riskCodes: ["R1"],
          signal: "FIRING",
          groupKey,
          openGroupKey: groupKey,
        },
        select: { id: true, number: true, title: true },
      });
      await recordEvents(tx, { kind: "SYSTEM" }, [{ ticketId: ticket.id, type: "ticket.registered", data: { source: "HEARTBEAT" } }]);
    } else {
      await tx.ticket.update({ where: { id: ticket.id }, data: { signal: "FIRING" } });
    }
    const details = { lastSeenAt: heartbeat.lastSeenAt, deadline: status.deadline };
    await recordEvents(tx, { kind: "SYSTEM" }, [{ ticketId: ticket.id, type: "heartbeat.late", data: { lastSeenAt: details.lastSeenAt?.toISOString() ?? null, deadline: details.deadline.toISOString() } }]);
    await tx.heartbeat.update({ where: { name }, data: { lateSince: now, incidentTicketId: ticket.id } });
    const email = heartbeatLateEmail(publicUrl(), ticket, details);
    await enqueueEmail(tx, { kind: "heartbeat.late", to: await activeAdminEmails(tx), ...email, ticketId: ticket.id });
    return { ran: true, late: true, openedTicketId: ticket.id };
  });
}
