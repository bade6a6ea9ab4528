// `npm run bench`: performance figures, printed (not a timed test). Needs a built app (`npm run build`).
// Then the ticket list on 100,000 tickets (scripts/bench/ticket-list.ts).
// Alert storm: 10,000 alerts in 100 deliveries of 100 alerts over 50 groups, 10 concurrent senders,
// against `next start` on the embedded PostgreSQL (durable settings); then the same storm replayed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/scripts/lib/postgres/embedded";
import { runMigrations } from "@/scripts/lib/migrate";
import { startAppServer } from "@/test/support/app-server";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";
import { benchTicketList } from "./bench/ticket-list";

const root = path.resolve(import.meta.dirname, "..");
const GROUPS = 50;
const DELIVERIES = 100;
const ALERTS_PER_DELIVERY = 100;
const SENDERS = 10;

function storm() {
  // Two deliveries per group, each with 100 distinct alerts of that group.
  return Array.from({ length: DELIVERIES }, (_, d) => {
    const group = d % GROUPS;
    const half = Math.floor(d / GROUPS);
    const alertname = `StormAlert${group}`;
    const alerts = Array.from({ length: ALERTS_PER_DELIVERY }, (_, i) => {
      const n = half * ALERTS_PER_DELIVERY + i;
      return rawAlert({ fingerprint: `storm-${group}-${n}`, labels: { alertname, instance: `host-${n}:9100`, severity: "warning", category: "resource" } });
    });
    return JSON.stringify(rawPayload(alerts, { groupKey: `{}:{alertname="${alertname}"}`, groupLabels: { alertname } }));
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function rssKiB(pid: number): number {
  // The server and any children it spawned.
  let total = 0;
  for (const entry of fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      if (Number(entry) === pid || ppid === pid) total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // the process ended
    }
  }
  return total;
}

async function send(url: string, token: string, bodies: string[]) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
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
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), statuses: Object.fromEntries(statuses) };
}

async function count(client: pg.Client, sql: string): Promise<number> {
  return Number((await client.query(sql)).rows[0].count);
}

async function plainSqlFloor(client: pg.Client): Promise<number> {
  // The same rows (a ticket, its alerts, one event per alert) into the same tables and indexes,
  // with one batched INSERT each per delivery, one transaction per delivery, sequentially.
  const started = performance.now();
  for (let d = 0; d < DELIVERIES; d++) {
    await client.query("BEGIN");
    const ticket = await client.query(`INSERT INTO "Ticket" ("id","title","source","updatedAt") VALUES (gen_random_uuid(), 'storm', 'ALERT', now()) RETURNING "id"`);
    await client.query(
      `INSERT INTO "Alert" ("id","fingerprint","startsAt","status","alertname","groupKey","labels","annotations","ticketId")
       SELECT gen_random_uuid(), 'floor-' || $1 || '-' || g, now(), 'FIRING', 'a', 'k', '{"severity":"warning"}', '{}', $2 FROM generate_series(1, $3) g`,
      [d, ticket.rows[0].id, ALERTS_PER_DELIVERY],
    );
    await client.query(`INSERT INTO "TimelineEvent" ("ticketId","type","actorKind","data") SELECT $1, 'alert.firing', 'ALERTMANAGER', '{}' FROM generate_series(1, $2)`, [ticket.rows[0].id, ALERTS_PER_DELIVERY]);
    await client.query("COMMIT");
  }
  return (performance.now() - started) / 1000;
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("Build first: npm run build");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-bench-"));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, which must enter it
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), password: randomBytes(12).toString("hex") });
  const token = randomBytes(24).toString("hex");
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  const client = new pg.Client({ connectionString: database.url });
  try {
    await runMigrations(database.url, { cwd: root, quiet: true });
    app = await startAppServer({ root, databaseUrl: database.url, env: { ALERTMANAGER_TOKEN: token, VIGIE_BACKGROUND_JOBS: "false" } });
    await client.connect();
    const url = `${app.baseURL}/api/alertmanager`;
    const bodies = storm();
    // Warm-up, not measured: the first requests compile the route and fill the connection pool.
    for (let i = 0; i < 20; i++) {
      const alerts = [rawAlert({ fingerprint: `warmup-${i}`, labels: { alertname: "Warmup", severity: "info" } })];
      await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(rawPayload(alerts, { groupKey: `{}:{alertname="Warmup${i % 5}"}` })) });
    }
    const base = await count(client, `SELECT count(*) FROM "Ticket"`);
    const baseAlerts = await count(client, `SELECT count(*) FROM "Alert"`);
    let peak = rssKiB(app.pid);
    const sampler = setInterval(() => (peak = Math.max(peak, rssKiB(app!.pid))), 100);
    const rest = rssKiB(app.pid);

    const first = await send(url, token, bodies);
    const tickets = (await count(client, `SELECT count(*) FROM "Ticket"`)) - base;
    const alerts = (await count(client, `SELECT count(*) FROM "Alert"`)) - baseAlerts;
    const replay = await send(url, token, bodies);
    clearInterval(sampler);
    const ticketsAfter = (await count(client, `SELECT count(*) FROM "Ticket"`)) - base;
    const alertsAfter = (await count(client, `SELECT count(*) FROM "Alert"`)) - baseAlerts;
    const floor = await plainSqlFloor(client);

    const total = DELIVERIES * ALERTS_PER_DELIVERY;
    console.log(`\nAlert storm: ${total} alerts in ${DELIVERIES} deliveries over ${GROUPS} groups, ${SENDERS} concurrent senders`);
    console.log(`  stored and processed in ${first.seconds.toFixed(2)} s = ${Math.round(total / first.seconds)} alerts/s (target < 5 s)`);
    console.log(`  latency per delivery: p50 ${first.p50.toFixed(0)} ms, p99 ${first.p99.toFixed(0)} ms (target p99 < 250 ms); statuses ${JSON.stringify(first.statuses)}`);
    console.log(`  tickets created: ${tickets} (must be ${GROUPS}); alerts stored: ${alerts}`);
    console.log(`  app RSS: ${Math.round(rest / 1024)} MiB at rest, ${Math.round(peak / 1024)} MiB peak`);
    console.log(`Replay of the same storm: ${replay.seconds.toFixed(2)} s, p50 ${replay.p50.toFixed(0)} ms, p99 ${replay.p99.toFixed(0)} ms; new tickets ${ticketsAfter - tickets}, new alerts ${alertsAfter - alerts}; statuses ${JSON.stringify(replay.statuses)}`);
    console.log(`Floor: the same rows with plain SQL in ${floor.toFixed(2)} s; Vigie/floor = ${(first.seconds / floor).toFixed(1)}×`);
    const [admin] = (await client.query(`INSERT INTO "User" ("id","email","name","role","passwordHash","updatedAt") VALUES (gen_random_uuid(), 'bench@vigie.local', 'Bench', 'ADMIN', 'x', now()) RETURNING "id"`)).rows;
    await benchTicketList({ client, baseURL: app.baseURL, adminId: admin.id });
    if (tickets !== GROUPS || ticketsAfter !== tickets || alertsAfter !== alerts || first.statuses[200] !== DELIVERIES) process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await app?.stop();
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
