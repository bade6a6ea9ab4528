import type { Prisma } from "@/lib/generated/prisma/client";
import type { HeartbeatConfig } from "@/lib/domain/alerts/heartbeat";
import { priorityOf } from "@/lib/domain/priority";
import { publicUrl } from "@/lib/env";
import { heartbeatLateEmail, heartbeatStoppedEmail } from "@/lib/mail/templates";
import { activeAdminEmails, enqueueEmail } from "@/lib/server/mail/enqueue-email";
import { recordEvents } from "@/lib/server/timeline/record-events";
import { announceHeartbeat } from "@/lib/server/live/announce-heartbeat";

/** Why the pipeline is presumed down: the Watchdog is overdue, or Alertmanager said it resolved. */
export type HeartbeatAlarm =
  | { kind: "late"; lastSeenAt: Date | null; deadline: Date }
  | { kind: "stopped"; lastSeenAt: Date | null; endedAt: Date | null };

/**
 * Risk R1: opens (or reuses) the incident linked to R1, marks the heartbeat late and emails the admins directly
 * — not through Alertmanager, which may be what is broken. The caller holds the heartbeat lock and has checked
 * that the heartbeat is not already late (one incident and one email per outage).
 */
export async function openHeartbeatIncident(tx: Prisma.TransactionClient, config: HeartbeatConfig, alarm: HeartbeatAlarm, now: Date): Promise<string> {
  const name = config.matcher.value;
  const ticket = await openR1Ticket(tx, {
    groupKey: `vigie:heartbeat:${name}`,
    title: `No ${name} heartbeat: the alerting pipeline may be down`,
    description: `Vigie expects the ${config.matcher.label}="${name}" alert at least every ${Math.round(config.periodMs / 3_600_000)} h (plus ${Math.round(config.graceMs / 60_000)} min of grace), and treats its resolution as the rule pipeline stopping. While it is missing, Prometheus or Alertmanager may be down and no other alert reaches anyone.`,
  });
  const lastSeenAt = alarm.lastSeenAt?.toISOString() ?? null;
  const event =
    alarm.kind === "late"
      ? { type: "heartbeat.late" as const, data: { lastSeenAt, deadline: alarm.deadline.toISOString() } }
      : { type: "heartbeat.stopped" as const, data: { lastSeenAt, endedAt: alarm.endedAt?.toISOString() ?? null, receivedAt: now.toISOString() } };
  await recordEvents(tx, { kind: "SYSTEM" }, [{ ticketId: ticket.id, ...event }]);
  await tx.heartbeat.update({ where: { name }, data: { lateSince: now, incidentTicketId: ticket.id } });
  await announceHeartbeat(tx);
  const email =
    alarm.kind === "late"
      ? heartbeatLateEmail(publicUrl(), ticket, { lastSeenAt: alarm.lastSeenAt, deadline: alarm.deadline })
      : heartbeatStoppedEmail(publicUrl(), ticket, { endedAt: alarm.endedAt, receivedAt: now });
  await enqueueEmail(tx, { kind: alarm.kind === "late" ? "heartbeat.late" : "heartbeat.stopped", to: await activeAdminEmails(tx), ...email, ticketId: ticket.id });
  return ticket.id;
}

/**
 * The open R1 incident of one watch of the pipeline (its groupKey), signal firing: reused while open, else
 * registered. Shared by the heartbeat and Alertmanager's reachability (lib/server/reconcile).
 */
export async function openR1Ticket(tx: Prisma.TransactionClient, watch: { groupKey: string; title: string; description: string }) {
  const { groupKey } = watch;
  let ticket = await tx.ticket.findUnique({ where: { openGroupKey: groupKey }, select: { id: true, number: true, title: true } });
  if (!ticket) {
    const urgency = 5;
    const impact = 4;
    ticket = await tx.ticket.create({
      data: {
        title: watch.title,
        description: watch.description,
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
  return ticket;
}
