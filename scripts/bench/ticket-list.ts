// The ticket list API on 100,000 tickets: first page with a step filter and a text search, p95 target 100 ms.
import type pg from "pg";
import { generateApiToken } from "@/lib/auth/api-token";

const TICKETS = 100_000;
const REQUESTS = 200;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function seed(client: pg.Client) {
  // Realistic titles (alert summaries), steps, priorities and ages; generated in PostgreSQL in one statement.
  await client.query(`
    INSERT INTO "Ticket" ("id", "title", "description", "source", "step", "priority", "urgency", "category", "signal", "createdAt", "updatedAt", "stepChangedAt")
    SELECT gen_random_uuid(),
           (ARRAY['PostgreSQL is down on db-', 'Disk almost full on web-', 'High CPU on worker-', 'Target node down on host-', 'Redis is down on cache-'])[1 + g % 5] || (g % 997),
           'Generated for the benchmark, ticket ' || g,
           'ALERT',
           (ARRAY['REGISTRATION','CLASSIFICATION','TREATMENT','SOLUTION','VALIDATION','REMEDIATION','CLOSURE']::"TicketStep"[])[1 + (g % 7)],
           1 + g % 6, 1 + g % 5,
           (ARRAY['SERVER','SERVICE','RESOURCE']::"Category"[])[1 + g % 3],
           (ARRAY['FIRING','RESOLVED','NONE']::"Signal"[])[1 + g % 3],
           now() - (g || ' minutes')::interval, now(), now()
    FROM generate_series(1, ${TICKETS}) g`);
  await client.query(`ANALYZE "Ticket"`);
}

export async function benchTicketList({ client, baseURL, adminId }: { client: pg.Client; baseURL: string; adminId: string }) {
  const started = performance.now();
  await seed(client);
  const seeded = (performance.now() - started) / 1000;
  const { token, prefix, hash } = generateApiToken();
  await client.query(`INSERT INTO "ApiToken" ("id","name","purpose","role","tokenHash","prefix","createdById") VALUES (gen_random_uuid(), 'bench', 'API', 'OBSERVER', $1, $2, $3)`, [hash, prefix, adminId]);

  const queries = ["step=TREATMENT&text=postgres", "step=REGISTRATION&text=disk%20almost", "signal=FIRING&text=web-12", "step=VALIDATION&sort=priority&text=cpu"];
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS + 20; i++) {
    const t = performance.now();
    const response = await fetch(`${baseURL}/api/tickets?${queries[i % queries.length]}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { total: number };
    if (!response.ok) throw new Error(`ticket list answered ${response.status}`);
    if (i >= 20) latencies.push(performance.now() - t); // the first 20 warm up
    if (i === 0) console.log(`  first query matches ${body.total} tickets`);
  }
  latencies.sort((a, b) => a - b);
  console.log(`\nTicket list on ${TICKETS} tickets (seeded in ${seeded.toFixed(1)} s), ${REQUESTS} requests, first page with a filter and a text search:`);
  console.log(`  p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (target p95 < 100 ms)`);

  // The plan of the page query as the API runs it (step filter, ILIKE on title or description, newest first).
  const plan = await client.query(`EXPLAIN (ANALYZE, COSTS OFF)
    SELECT "id" FROM "Ticket" WHERE "step" = 'TREATMENT' AND ("title" ILIKE '%postgres%' OR "description" ILIKE '%postgres%')
    ORDER BY "createdAt" DESC LIMIT 25`);
  console.log("  query plan of the page:");
  for (const row of plan.rows) console.log(`    ${row["QUERY PLAN"]}`);
  const counts = await client.query(`EXPLAIN (ANALYZE, COSTS OFF)
    SELECT "step", count(*) FROM "Ticket" WHERE ("title" ILIKE '%postgres%' OR "description" ILIKE '%postgres%') GROUP BY "step"`);
  console.log("  query plan of the counts per step:");
  for (const row of counts.rows) console.log(`    ${row["QUERY PLAN"]}`);
  return percentile(latencies, 95);
}
