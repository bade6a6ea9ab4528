import "server-only";
import { prisma } from "@/lib/db/prisma";
import { poolOf, type PrismaClient } from "@/lib/db/client";
import { inTransaction, prismaSql, type Sql } from "@/lib/db/sql";
import { isHeartbeat } from "@/lib/domain/alerts/heartbeat";
import type { HeartbeatArrival } from "@/lib/domain/alerts/heartbeat";
import { hasNewFiring, planOccurrences } from "@/lib/domain/alerts/occurrences";
import type { WebhookAlert, WebhookPayload } from "@/lib/domain/alerts/payload";
import { decideGroup } from "@/lib/domain/alerts/routing";
import { errorSummary } from "@/lib/errors";
import { placeIncidentNoticesSoon } from "@/lib/server/notifications/place-incident-notices";
import { heartbeatConfig } from "./config";
import { applyToTicket } from "./apply-to-ticket";
import { closedGroupTicket, openTicketOf } from "./group-ticket";
import { claimOccurrences, storedOccurrences } from "./insert-alerts";
import { recordHeartbeat } from "./record-heartbeat";
import { fitTicket, registerTicket, withdrawTicket } from "./register-ticket";

// Waiting longer for the database only delays the 503 that lets Alertmanager retry (a hung or saturated database).
const TRANSACTION_START_MS = 3_000;
const TRANSACTION_TIMEOUT_MS = 30_000;

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

type Delivery = { payload: WebhookPayload; raw: string; now: Date; via?: string };

/**
 * Stores one Alertmanager delivery and applies it, in ONE transaction: when this returns, the delivery is in
 * PostgreSQL and its effects are complete (a new incident's notice placed too, unless placing it failed: then the
 * "incident notices" job does); when it throws, nothing was written and Alertmanager may retry. Deliveries for one
 * group are serialised by an advisory lock, so HA peers and retries racing each other see each other's work, on
 * any number of Vigie instances. A delivery without Watchdog alerts (nearly all) runs its SQL on a connection of
 * the client's pool directly: through Prisma, each statement cost more of the app's CPU than PostgreSQL's.
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
  const beats = payload.alerts.filter((a) => isHeartbeat(a.labels, heartbeat));
  const alerts = payload.alerts.filter((a) => !isHeartbeat(a.labels, heartbeat));
  const delivery: Delivery = { payload, raw, now, via };
  const { opened, ...result } = beats.length === 0
    ? await inTransaction(poolOf(db), async (sql) => {
        await lockGroup(sql, payload.groupKey);
        return applyDelivery(sql, delivery, alerts, null);
      }, { startMs: TRANSACTION_START_MS, timeoutMs: TRANSACTION_TIMEOUT_MS })
    : await db.$transaction(async (tx) => {
        const sql = prismaSql(tx);
        await lockGroup(sql, payload.groupKey);
        // The heartbeat's own rows and incident (Prisma's models): once a minute, not the storm's path.
        const arrival = await recordHeartbeat(tx, heartbeat, beats, payload.groupKey, now);
        return applyDelivery(sql, delivery, alerts, arrival);
      }, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_START_MS });
  if (opened) {
    // Committed: the new incident's notice is placed now, outside the delivery's transaction (and its locks).
    await placeIncidentNoticesSoon(db).catch((error) => console.warn(`new incident notice not placed yet, the job will retry (${errorSummary(error)})`));
  }
  return result;
}

/** Its own statement, first: the transaction's later reads see what the group's previous delivery committed. */
async function lockGroup(sql: Sql, groupKey: string) {
  await sql.query(`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtextextended($1, 0))`, [groupKey]);
}

async function applyDelivery(sql: Sql, { payload, raw, now, via }: Delivery, alerts: WebhookAlert[], arrival: HeartbeatArrival | null): Promise<IngestResult & { opened: boolean }> {
  // A Watchdog-only delivery arrives every minute for years: its summary row is kept, not its body (the
  // Heartbeat row records the beat). The body goes in as the text received, without a parse-and-serialise round trip.
  const beatOnly = arrival !== null && alerts.length === 0;
  // Written last, with the ticket it went to: one statement instead of an insert and an update.
  const store = async (ticketId: string | null) => {
    const [row] = await sql.query<{ id: string }>(
      `INSERT INTO "WebhookDelivery" ("id", "groupKey", "status", "receiver", "alertCount", "truncatedAlerts", "payload", "rejectedAlerts", "heartbeat", "bodyPrunedAt", "ticketId")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9::timestamp(3), $10::uuid)
       RETURNING "id"`,
      [payload.groupKey, payload.status, payload.receiver, payload.alerts.length, payload.truncatedAlerts, beatOnly ? "{}" : raw,
       JSON.stringify(payload.rejectedAlerts), beatOnly, beatOnly ? now.toISOString() : null, ticketId],
    );
    if (!row) throw new Error("the delivery row was not written");
    return row.id;
  };

  if (alerts.length === 0) {
    return { deliveryId: await store(null), ticketId: null, decision: arrival ? "heartbeat" : "empty", heartbeat: arrival?.kind, fresh: 0, resolved: 0, repeated: 0, opened: false };
  }

  // The group's open ticket, stable under the lock: new occurrences go in already given to it (most
  // deliveries of a storm join a ticket), rather than stored unassigned and updated once more.
  const openByGroup = await openTicketOf(sql, payload.groupKey);
  const stored = await storedOccurrences(sql, alerts);
  const planned = planOccurrences(alerts, stored);
  const firing = openByGroup ? [] : planned.fresh.filter((a) => a.status === "firing");
  // A group whose ticket was closed as a duplicate (or merged) fires into the ticket it duplicates; otherwise
  // something new fires and the group's ticket is registered first, so its occurrences go in given to it too.
  const closed = firing.length > 0 ? await closedGroupTicket(sql, payload.groupKey) : null;
  const open = openByGroup ?? closed?.target ?? null;
  let registered = closed && !open ? await registerTicket(sql, { firing, groupKey: payload.groupKey, previousTicketId: closed.lastClosedId, now }) : null;
  const plan = await claimOccurrences(sql, planned, { groupKey: payload.groupKey, ticketId: open?.id ?? registered?.id ?? null, now });
  const newFiring = hasNewFiring(plan);
  if (registered) {
    if (newFiring) await fitTicket(sql, registered, plan.fresh.filter((a) => a.status === "firing"));
    else {
      await withdrawTicket(sql, registered.id, plan.claimedIds);
      registered = null;
    }
  }
  const decision = decideGroup(open, (closed?.lastClosedId ?? null) !== null, newFiring);
  const { ticketId } = await applyToTicket(sql, { decision, payload, plan, open, registered: registered?.id ?? null, lastClosedId: closed?.lastClosedId ?? null, now, via });
  const deliveryId = await store(ticketId);
  const opened = registered !== null;
  return { deliveryId, ticketId, decision: decision.kind, fresh: plan.fresh.length, resolved: plan.resolving.length, repeated: plan.repeated.length, opened };
}
