// The alert storm: 10,000 fresh alerts in 100 deliveries over 50 groups, sent by 10 concurrent senders;
// against Vigie and, in the same run, against a null HTTP server (reads the body, answers 200) as the floor.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { inTransaction } from "@/lib/db/sql";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { insertAlerts } from "@/lib/server/alerts/insert-alerts";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";
import { timing } from "./stats";

export const GROUPS = 50;
export const DELIVERIES = 100;
export const ALERTS_PER_DELIVERY = 100;
const SENDERS = 10;

/** Two deliveries per group, each with 100 distinct alerts of that group; `run` makes every fingerprint new. */
export function stormBodies(run: string): string[] {
  return Array.from({ length: DELIVERIES }, (_, d) => {
    const group = d % GROUPS;
    const half = Math.floor(d / GROUPS);
    const alertname = `StormAlert${group}`;
    const alerts = Array.from({ length: ALERTS_PER_DELIVERY }, (_, i) => {
      const n = half * ALERTS_PER_DELIVERY + i;
      return rawAlert({ fingerprint: `${run}-${group}-${n}`, labels: { alertname, instance: `host-${n}:9100`, severity: "warning", category: "resource", run } });
    });
    return JSON.stringify(rawPayload(alerts, { groupKey: `{}:{alertname="${alertname}",run="${run}"}`, groupLabels: { alertname } }));
  });
}

export async function sendStorm(url: string, token: string, bodies: string[]) {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const t = performance.now();
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body });
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, alertsPerSecond: (bodies.length * ALERTS_PER_DELIVERY) / seconds, ...timing(latencies), statuses };
}

/** The floor: an HTTP server that does nothing but read the body and answer a small JSON. */
export async function startNullServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"status":"stored"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/alertmanager`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The storage floor: the storm's rows written by PostgreSQL alone, from 10 connections, one transaction a delivery
 * (its Alert rows by ingestion's own INSERT, unassigned, and its delivery row with the body), without HTTP or the
 * app. What no web app storing the same rows on this machine can beat; the rows are deleted afterwards.
 */
export async function storeDirectly(databaseUrl: string, bodies: string[]) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: SENDERS });
  const deliveries = bodies.map((body) => {
    const parsed = parseWebhookPayload(JSON.parse(body));
    if (!parsed.ok) throw new Error(parsed.reason);
    return { payload: parsed.payload, body };
  });
  const latencies: number[] = [];
  let next = 0;
  const alertIds: string[] = [];
  const deliveryIds: string[] = [];
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: SENDERS }, async () => {
        while (next < deliveries.length) {
          const { payload, body } = deliveries[next++]!;
          const t = performance.now();
          await inTransaction(pool, async (sql) => {
            const stored = await insertAlerts(sql, payload.alerts, { groupKey: payload.groupKey, ticketId: null, now: new Date() });
            alertIds.push(...stored.values());
            const [row] = await sql.query<{ id: string }>(
              `INSERT INTO "WebhookDelivery" ("id", "groupKey", "status", "receiver", "alertCount", "truncatedAlerts", "payload", "rejectedAlerts")
               VALUES (gen_random_uuid(), $1, $2, $3, $4, 0, $5::jsonb, '[]'::jsonb) RETURNING "id"`,
              [payload.groupKey, payload.status, payload.receiver, payload.alerts.length, body],
            );
            deliveryIds.push(row!.id);
          }, { startMs: 3_000, timeoutMs: 30_000 });
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return { seconds, alertsPerSecond: (bodies.length * ALERTS_PER_DELIVERY) / seconds, ...timing(latencies) };
  } finally {
    await pool.query(`DELETE FROM "Alert" WHERE "id" = ANY($1::uuid[])`, [alertIds]);
    await pool.query(`DELETE FROM "WebhookDelivery" WHERE "id" = ANY($1::uuid[])`, [deliveryIds]);
    await pool.end();
  }
}
