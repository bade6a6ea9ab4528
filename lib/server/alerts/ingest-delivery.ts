import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { isHeartbeat } from "@/lib/domain/alerts/heartbeat";
import { hasNewFiring } from "@/lib/domain/alerts/occurrences";
import type { WebhookPayload } from "@/lib/domain/alerts/payload";
import { decideGroup } from "@/lib/domain/alerts/routing";
import { heartbeatConfig } from "./config";
import { applyToTicket } from "./apply-to-ticket";
import { claimOccurrences, storedOccurrences } from "./insert-alerts";
import { duplicateTarget } from "./duplicate-target";
import { notify } from "@/lib/server/notifications/notify";
import { recordHeartbeat } from "./record-heartbeat";

// Waiting longer for a connection only delays the 503 that lets Alertmanager retry (a hung or saturated database).
const TRANSACTION_START_MS = 3_000;

export type IngestResult = {
  deliveryId: string;
  ticketId: string | null;
  decision: string;
  /** For a Watchdog delivery: a beat, the pipeline stopped (R1 incident), or a stale resolved notice. */
  heartbeat?: "beat" | "stopped" | "stale";
  fresh: number;
  resolved: number;
  repeated: number;
};

/**
 * Stores one Alertmanager delivery and applies it, in ONE transaction: when this returns, the delivery is in
 * PostgreSQL and its effects are complete; when it throws, nothing was written and Alertmanager may retry.
 * Deliveries for one group are serialised by an advisory lock, so HA peers and retries racing each other
 * see each other's work, on any number of Vigie instances.
 */
export async function ingestDelivery({ payload, raw, db = prisma, now = new Date(), via }: {
  payload: WebhookPayload;
  /** The body as received (JSON text, made storable by safeJsonText), stored verbatim. */
  raw: string;
  db?: PrismaClient;
  now?: Date;
  /** Set when Vigie itself built the payload (reconciliation): the timeline names it. */
  via?: string;
}): Promise<IngestResult> {
  const heartbeat = heartbeatConfig();
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${payload.groupKey}, 0))`;
      const beats = payload.alerts.filter((a) => isHeartbeat(a.labels, heartbeat));
      const alerts = payload.alerts.filter((a) => !isHeartbeat(a.labels, heartbeat));
      // A Watchdog-only delivery arrives every minute for years: its summary row is kept, not its body (the
      // Heartbeat row records the beat). Raw SQL: the body goes in as the text received, without a
      // parse-and-serialise round trip through the client.
      const beatOnly = beats.length > 0 && alerts.length === 0;
      // Written last, with the ticket it went to: one statement instead of an insert and an update.
      const store = async (ticketId: string | null) => {
        const [delivery] = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO "WebhookDelivery" ("id", "groupKey", "status", "receiver", "alertCount", "truncatedAlerts", "payload", "rejectedAlerts", "heartbeat", "bodyPrunedAt", "ticketId")
          VALUES (gen_random_uuid(), ${payload.groupKey}, ${payload.status}, ${payload.receiver}, ${payload.alerts.length}, ${payload.truncatedAlerts}, ${beatOnly ? "{}" : raw}::jsonb,
                  ${JSON.stringify(payload.rejectedAlerts)}::jsonb, ${beatOnly}, ${beatOnly ? now.toISOString() : null}::timestamp(3), ${ticketId}::uuid)
          RETURNING "id"`;
        if (!delivery) throw new Error("the delivery row was not written");
        return delivery.id;
      };

      const arrival = beats.length > 0 ? await recordHeartbeat(tx, heartbeat, beats, payload.groupKey, now) : null;
      if (alerts.length === 0) {
        return { deliveryId: await store(null), ticketId: null, decision: arrival ? "heartbeat" : "empty", heartbeat: arrival?.kind, fresh: 0, resolved: 0, repeated: 0 };
      }

      // The group's open ticket, stable under the lock: new occurrences go in already given to it (most
      // deliveries of a storm join a ticket), rather than stored unassigned and updated once more.
      const openByGroup = await tx.ticket.findUnique({ where: { openGroupKey: payload.groupKey }, select: { id: true, step: true, number: true } });
      const stored = await storedOccurrences(tx, alerts);
      const plan = await claimOccurrences(tx, alerts, stored, { groupKey: payload.groupKey, ticketId: openByGroup?.id ?? null, now });
      const newFiring = hasNewFiring(plan);
      // A group whose ticket was closed as a duplicate (or merged) fires into the ticket it duplicates.
      const open = openByGroup ?? (newFiring ? await duplicateTarget(tx, payload.groupKey) : null);
      const lastClosed = !open && newFiring
        ? await tx.ticket.findFirst({ where: { groupKey: payload.groupKey, step: "CLOSURE" }, orderBy: { closedAt: "desc" }, select: { id: true } })
        : null;
      const decision = decideGroup(open, lastClosed !== null, newFiring);
      const { ticketId, email } = await applyToTicket(tx, { decision, payload, plan, open, assigned: openByGroup !== null, lastClosedId: lastClosed?.id ?? null, now, via });
      const deliveryId = await store(ticketId);
      // Last: it locks the admins' notification rows until commit (see applyToTicket).
      if (email) await notify(tx, email, { now });
      return {
        deliveryId,
        ticketId,
        decision: decision.kind,
        fresh: plan.fresh.length,
        resolved: plan.resolving.length,
        repeated: plan.repeated.length,
      };
    },
    { timeout: 30_000, maxWait: TRANSACTION_START_MS },
  );
}
