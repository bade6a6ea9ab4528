// Bulk data for the benchmark, generated inside PostgreSQL (generate_series), never through the app.
// A table's secondary indexes are dropped during the load and rebuilt after it, as a restore does:
// building an index once is several times faster than growing it row by row.
import type pg from "pg";

export type Mix = "realistic" | "uniform";
export const TICKETS = Number(process.env.VIGIE_BENCH_TICKETS ?? 1_000_000);
/** The most recent 1 % of the realistic mix is open, the rest closed. */
export const OPEN_SHARE = 0.01;

async function withoutIndexes(client: pg.Client, table: string, load: () => Promise<void>) {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = $1 AND indexname NOT LIKE '%_pkey'`, [table]);
  for (const row of rows) await client.query(`DROP INDEX "${row.indexname}"`);
  await load();
  await client.query(`SET maintenance_work_mem = '256MB'`);
  for (const row of rows) await client.query(row.indexdef);
  // What autovacuum would do next (visibility map, hint bits, statistics) done now, and the checkpoint the load
  // calls for: the measurements after it see a steady database, not one busy digesting the load.
  await client.query(`VACUUM (ANALYZE) "${table}"`);
  await client.query(`CHECKPOINT`);
}

const openSteps = `ARRAY['REGISTRATION','CLASSIFICATION','TREATMENT','SOLUTION','VALIDATION','REMEDIATION']::"TicketStep"[]`;
const allSteps = `ARRAY['REGISTRATION','CLASSIFICATION','TREATMENT','SOLUTION','VALIDATION','REMEDIATION','CLOSURE']::"TicketStep"[]`;

/** 1,000,000 tickets, one every 90 s back from now (about 2.9 years); the step depends on the mix. */
export async function seedTickets(client: pg.Client, mix: Mix, assigneeId: string) {
  const open = Math.round(TICKETS * OPEN_SHARE);
  const step = mix === "realistic" ? `CASE WHEN g <= ${open} THEN (${openSteps})[1 + g % 6] ELSE 'CLOSURE'::"TicketStep" END` : `(${allSteps})[1 + g % 7]`;
  await withoutIndexes(client, "Ticket", async () => {
    await client.query(`
      INSERT INTO "Ticket" ("id", "title", "description", "source", "step", "priority", "urgency", "category", "signal", "assigneeId",
                            "acknowledgedAt", "leadLabels", "createdAt", "updatedAt", "stepChangedAt", "closedAt", "closureReason")
      SELECT gen_random_uuid(), x.title, 'Generated for the benchmark, ticket ' || g, 'ALERT', x.step, 1 + g % 6, 1 + g % 5,
             (ARRAY['SERVER','SERVICE','RESOURCE']::"Category"[])[1 + g % 3],
             CASE WHEN x.step = 'CLOSURE' THEN 'RESOLVED'::"Signal" ELSE (ARRAY['FIRING','RESOLVED','NONE']::"Signal"[])[1 + g % 3] END,
             CASE WHEN g % 3 = 0 THEN $1::uuid END,
             CASE WHEN g % 2 = 0 THEN x.created + interval '5 minutes' END,
             jsonb_build_object('alertname', x.alertname, 'instance', 'host-' || (g % 997) || ':9100', 'severity', 'warning'),
             x.created, x.created + interval '1 hour', x.created,
             CASE WHEN x.step = 'CLOSURE' THEN x.created + interval '2 hours' END,
             CASE WHEN x.step = 'CLOSURE' THEN 'RESOLVED'::"ClosureReason" END
      FROM generate_series(1, ${TICKETS}) g
      CROSS JOIN LATERAL (SELECT ${step} AS step, now()::timestamp - g * interval '90 seconds' AS created,
             (ARRAY['PostgresDown','DiskAlmostFull','HighCpu','TargetDown','RedisDown'])[1 + g % 5] AS alertname,
             (ARRAY['PostgreSQL is down on db-', 'Disk almost full on web-', 'High CPU on worker-', 'Target node down on host-', 'Redis is down on cache-'])[1 + g % 5] || (g % 997) AS title) x`,
      [assigneeId]);
  });
}

/** `count` alerts spread over the seeded tickets (one each for as many as there are tickets), with realistic labels. */
export async function seedAlerts(client: pg.Client, count: number) {
  const { rows: [range] } = await client.query<{ min: number; n: number }>(`SELECT min("number") AS min, count(*)::int AS n FROM "Ticket"`);
  await withoutIndexes(client, "Alert", async () => {
    await client.query(`
      INSERT INTO "Alert" ("id", "fingerprint", "startsAt", "endsAt", "status", "alertname", "groupKey", "labels", "annotations", "generatorUrl",
                           "ticketId", "firstReceivedAt", "lastReceivedAt")
      SELECT gen_random_uuid(), md5('seed' || g), t."createdAt", t."closedAt", CASE WHEN t."closedAt" IS NULL THEN 'FIRING' ELSE 'RESOLVED' END::"AlertStatus",
             t."leadLabels"->>'alertname', '{}:{alertname="' || (t."leadLabels"->>'alertname') || '"}',
             t."leadLabels" || jsonb_build_object('job', 'node', 'category', 'resource'),
             jsonb_build_object('summary', t."title", 'description', 'Generated alert ' || g || ' of the benchmark'),
             'http://prometheus:9090/graph?g0.expr=up+%3D%3D+0', t."id", t."createdAt", t."createdAt"
      FROM generate_series(1, $1::int) g
      CROSS JOIN LATERAL (SELECT * FROM "Ticket" WHERE "number" = $2::int + (g - 1) % $3::int) t`,
      [count, range!.min, range!.n]);
  });
}

/** Bytes per row of a table, its indexes and TOAST included. */
export async function bytesPerRow(client: pg.Client, table: string): Promise<{ rows: number; bytes: number; perRow: number }> {
  const { rows: [r] } = await client.query<{ rows: string; bytes: string }>(
    `SELECT (SELECT count(*) FROM "${table}") AS rows, pg_total_relation_size('"${table}"') AS bytes`);
  const rows = Number(r!.rows);
  const bytes = Number(r!.bytes);
  return { rows, bytes, perRow: rows ? Math.round(bytes / rows) : 0 };
}

export async function databaseSize(client: pg.Client): Promise<number> {
  return Number((await client.query(`SELECT pg_database_size(current_database()) AS size`)).rows[0].size);
}

export const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
