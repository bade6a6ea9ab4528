// The public status page under load: 500 requests/s for 30 s on loopback against the built app, while
// Alertmanager deliveries keep arriving; prints the page's p50/p99 and the webhook's, with a baseline of the
// webhook alone. `npx tsx scripts/bench/status.ts` (needs `npm run build`), or benchStatusPage from bench.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { startEmbeddedPostgres } from "@/scripts/lib/postgres/embedded";
import { runMigrations } from "@/scripts/lib/migrate";
import { startAppServer } from "@/test/support/app-server";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";

const RATE = 500;
const SECONDS = 30;
const MAX_IN_FLIGHT = 256; // beyond this the client, not the server, would be measured: counted as dropped
const DELIVERY_EVERY_MS = 100;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const summary = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (${sorted.length} requests)`;
};

async function seed(client: pg.Client) {
  // Five services linked by category and labels, 200 open tickets, one declared incident with three updates.
  await client.query(`INSERT INTO "StatusService" ("id","name","position","categories","labelMatchers","updatedAt")
    SELECT gen_random_uuid(), 'Service ' || g, g, ARRAY['SERVICE']::"Category"[], ARRAY['{job="svc-' || g || '"}'], now() FROM generate_series(1, 5) g`);
  await client.query(`INSERT INTO "Ticket" ("id","title","source","priority","category","leadLabels","updatedAt")
    SELECT gen_random_uuid(), 'bench ' || g, 'ALERT', 1 + g % 6, 'SERVICE', jsonb_build_object('job', 'svc-' || (1 + g % 5)), now() FROM generate_series(1, 200) g`);
  const [{ id: ticketId }] = (await client.query(`SELECT "id" FROM "Ticket" LIMIT 1`)).rows;
  const [{ id: incidentId }] = (await client.query(`INSERT INTO "PublicIncident" ("id","ticketId","title","impact","status") VALUES (gen_random_uuid(), $1, 'Voting is slow', 'PARTIAL_OUTAGE', 'MONITORING') RETURNING "id"`, [ticketId])).rows;
  await client.query(`INSERT INTO "PublicIncidentService" ("incidentId","serviceId") SELECT $1, "id" FROM "StatusService" LIMIT 2`, [incidentId]);
  await client.query(`INSERT INTO "PublicUpdate" ("id","incidentId","status","impact","message") SELECT gen_random_uuid(), $1, s::"PublicStatus", 'PARTIAL_OUTAGE', 'Update ' || s FROM unnest(ARRAY['INVESTIGATING','IDENTIFIED','MONITORING']) s`, [incidentId]);
}

/** Posts one delivery of 20 new alerts every DELIVERY_EVERY_MS until `stop()`; the latencies of those answered 200. */
function deliveries(baseURL: string, token: string, tag: string) {
  const latencies: number[] = [];
  let failures = 0;
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n++) {
      const started = performance.now();
      const alerts = Array.from({ length: 20 }, (_, i) => rawAlert({ fingerprint: `${tag}-${n}-${i}`, labels: { alertname: `Bench${tag}${n % 10}`, job: `svc-${1 + (n % 5)}`, instance: `host-${i}:9100`, severity: "warning" } }));
      const response = await fetch(`${baseURL}/api/alertmanager`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(rawPayload(alerts)) });
      await response.arrayBuffer();
      if (response.status === 200) latencies.push(performance.now() - started);
      else failures++;
      await new Promise((r) => setTimeout(r, Math.max(0, DELIVERY_EVERY_MS - (performance.now() - started))));
    }
  })();
  return { latencies, failures: () => failures, stop: async () => ((running = false), await done) };
}

/** An open loop: a request every 1/RATE s whatever the answers, at most MAX_IN_FLIGHT outstanding. */
async function load(url: string) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let inFlight = 0;
  let dropped = 0;
  const total = RATE * SECONDS;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= MAX_IN_FLIGHT) {
      dropped++;
      continue;
    }
    inFlight++;
    const t = performance.now();
    pending.push(fetch(url).then(async (r) => {
      await r.arrayBuffer();
      latencies.push(performance.now() - t);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }, () => void statuses.set(0, (statuses.get(0) ?? 0) + 1)).finally(() => void inFlight--));
  }
  await Promise.all(pending);
  return { latencies, statuses: Object.fromEntries(statuses), dropped, seconds: (performance.now() - started) / 1000 };
}

export async function benchStatusPage({ client, baseURL, token }: { client: pg.Client; baseURL: string; token: string }) {
  await seed(client);
  for (let i = 0; i < 50; i++) await (await fetch(`${baseURL}/status`)).arrayBuffer(); // compile and fill the cache
  const alone = deliveries(baseURL, token, `alone${Date.now()}`);
  await new Promise((r) => setTimeout(r, 10_000));
  await alone.stop();
  const during = deliveries(baseURL, token, `load${Date.now()}`);
  const page = await load(`${baseURL}/status`);
  await during.stop();
  console.log(`\nStatus page: ${RATE} requests/s for ${SECONDS} s on loopback (open loop, at most ${MAX_IN_FLIGHT} in flight), deliveries of 20 alerts every ${DELIVERY_EVERY_MS} ms`);
  console.log(`  /status: ${summary(page.latencies)}; achieved ${(page.latencies.length / page.seconds).toFixed(0)} requests/s; statuses ${JSON.stringify(page.statuses)}; not sent (too many in flight) ${page.dropped}`);
  console.log(`  webhook alone:       ${summary(alone.latencies)}; failures ${alone.failures()}`);
  console.log(`  webhook during load: ${summary(during.latencies)}; failures ${during.failures()}`);
  return { ok: page.dropped === 0 && Object.keys(page.statuses).every((s) => s === "200") && during.failures() === 0 };
}

async function main() {
  const root = path.resolve(import.meta.dirname, "..", "..");
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("Build first: npm run build");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-bench-status-"));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, which must enter it
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), password: randomBytes(12).toString("hex") });
  const token = randomBytes(24).toString("hex");
  const client = new pg.Client({ connectionString: database.url });
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    await runMigrations(database.url, { cwd: root, quiet: true });
    app = await startAppServer({ root, databaseUrl: database.url, env: { ALERTMANAGER_TOKEN: token, VIGIE_BACKGROUND_JOBS: "false" } });
    await client.connect();
    const { ok } = await benchStatusPage({ client, baseURL: app.baseURL, token });
    if (!ok) process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await app?.stop();
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
