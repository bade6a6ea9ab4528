import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { heartbeatStatus, type HeartbeatConfig } from "@/lib/domain/alerts/heartbeat";
import { heartbeatConfig } from "./config";
import { HEARTBEAT_LOCK } from "./heartbeat-lock";
import { openHeartbeatIncident } from "./open-heartbeat-incident";

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
    const ticketId = await openHeartbeatIncident(tx, config, { kind: "late", lastSeenAt: heartbeat.lastSeenAt, deadline: status.deadline }, now);
    return { ran: true, late: true, openedTicketId: ticketId };
  });
}
