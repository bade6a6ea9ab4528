import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { heartbeatStatus } from "@/lib/domain/alerts/heartbeat";
import { heartbeatConfig } from "./config";

/** What the UI shows of the alerting pipeline's heartbeat. */
export async function getHeartbeat({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "read");
  const config = heartbeatConfig();
  const row = await prisma.heartbeat.findUnique({ where: { name: config.matcher.value } });
  const status = heartbeatStatus({ lastSeenAt: row?.lastSeenAt ?? null, startedWatchingAt: row?.startedWatchingAt ?? now }, config, now);
  return {
    matcher: `${config.matcher.label}="${config.matcher.value}"`,
    periodMs: config.periodMs,
    graceMs: config.graceMs,
    lastSeenAt: status.lastSeenAt,
    nextExpectedAt: status.nextExpectedAt,
    deadline: status.deadline,
    late: status.late || Boolean(row?.lateSince),
    beats: row?.beats ?? 0,
    incidentTicketId: row?.lateSince ? row.incidentTicketId : null,
  };
}

export type HeartbeatView = Awaited<ReturnType<typeof getHeartbeat>>;
