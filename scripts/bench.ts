// `npm run bench`: performance figures, printed (not a timed test). Needs a built app (`npm run build`).
// One run, on the embedded PostgreSQL (durable settings), against `next start`:
//   1. the alert storm (scripts/bench/storm.ts) on an empty database, its replay, and a null HTTP server (the floor);
//   2. 1,000,000 tickets and as many alerts (VIGIE_BENCH_TICKETS, VIGIE_BENCH_ALERTS), generated in SQL; the storm again;
//   3. the ticket list with the realistic mix (99 % closed) and the uniform one, each line beside /api/health;
//   4. storage: bytes per alert, per ticket, the database's size; the app's memory at rest and under the storm;
//   5. the public status page at 500 requests/s for 30 s beside webhook deliveries (scripts/bench/status.ts).
// VIGIE_BENCH_ROOT runs another checkout's build (e.g. the one before a change) with this script.
// VIGIE_BENCH_ONLY=list measures the ticket lists alone (the same seeding, no storm and no extras: minutes, not an hour).
// VIGIE_BENCH_ONLY=storm: step 1 alone, five times on a growing database, with the app's memory (a minute: to iterate on ingest).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/scripts/lib/postgres/embedded";
import { runMigrations } from "@/scripts/lib/migrate";
import { startAppServer } from "@/test/support/app-server";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";
import { apiToken, benchTicketList } from "./bench/ticket-list";
import { ALERTS_PER_DELIVERY, DELIVERIES, GROUPS, sendStorm, startNullServer, storeDirectly, stormBodies } from "./bench/storm";
import { bytesPerRow, databaseSize, mib, seedAlerts, seedTickets, TICKETS } from "./bench/seed";
import { cpuSeconds, ms, postgresCpuSeconds, rssMiB, timeGets } from "./bench/stats";
import { benchExtras, benchRetention } from "./bench/extras";
import { benchStatusPage } from "./bench/status";

const root = path.resolve(process.env.VIGIE_BENCH_ROOT ?? path.join(import.meta.dirname, ".."));
const ALERTS = Number(process.env.VIGIE_BENCH_ALERTS ?? 1_000_000);
const listOnly = process.env.VIGIE_BENCH_ONLY === "list";
// VIGIE_BENCH_ONLY=retention: the uniform mix seeded, then only the two retention jobs during storms.
const retentionOnly = process.env.VIGIE_BENCH_ONLY === "retention";
const stormOnly = process.env.VIGIE_BENCH_ONLY === "storm";
// VIGIE_BENCH_ONLY=flat: the storm on an empty database, then on VIGIE_BENCH_ALERTS stored alerts (e.g. 10,000,000).
const flatOnly = process.env.VIGIE_BENCH_ONLY === "flat";

async function count(client: pg.Client, table: string): Promise<number> {
  return Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error(`Build first: npm run build (no build in ${root})`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-bench-"));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, which must enter it
  const pgDataDir = path.join(dataDir, "postgres");
  const database = await startEmbeddedPostgres({ dataDir: pgDataDir, password: randomBytes(12).toString("hex") });
  const token = randomBytes(24).toString("hex");
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  const nullServer = await startNullServer();
  const client = new pg.Client({ connectionString: database.url });
  const failures: string[] = [];
  try {
    await runMigrations(database.url, { cwd: root, quiet: true });
    app = await startAppServer({ root, databaseUrl: database.url, env: { ALERTMANAGER_TOKEN: token, VIGIE_BACKGROUND_JOBS: "false" } });
    await client.connect();
    const url = `${app.baseURL}/api/alertmanager`;
    // Warm-up, not measured: the first requests compile the route and fill the connection pool.
    for (let i = 0; i < 20; i++) {
      const alerts = [rawAlert({ fingerprint: `warmup-${i}`, labels: { alertname: "Warmup", severity: "info" } })];
      await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(rawPayload(alerts, { groupKey: `{}:{alertname="Warmup${i % 5}"}` })) });
    }
    const [admin] = (await client.query(`INSERT INTO "User" ("id","email","name","role","passwordHash","updatedAt") VALUES (gen_random_uuid(), 'bench@vigie.local', 'Bench', 'ADMIN', 'x', now()) RETURNING "id"`)).rows;
    const restRss = rssMiB(app.pid);
    let peakRss = restRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(app!.pid))), 100);

    const storm = async (label: string, run: string) => {
      const [tickets, alerts] = [await count(client, "Ticket"), await count(client, "Alert")];
      const bodies = stormBodies(run);
      const floor = await sendStorm(nullServer.url, token, bodies);
      // Where the storm's time goes: on this machine the app (one thread) and PostgreSQL share the cores.
      const [app0, pg0] = [cpuSeconds(app!.pid), postgresCpuSeconds(pgDataDir)];
      const first = await sendStorm(url, token, bodies);
      const [app1, pg1] = [cpuSeconds(app!.pid), postgresCpuSeconds(pgDataDir)];
      const [ticketsMid, alertsMid] = [await count(client, "Ticket"), await count(client, "Alert")];
      const replay = await sendStorm(url, token, bodies);
      const [ticketsEnd, alertsEnd] = [await count(client, "Ticket"), await count(client, "Alert")];
      const storage = await storeDirectly(database.url, stormBodies(`${run}-direct`));
      const share = first.alertsPerSecond / floor.alertsPerSecond;
      console.log(`\nAlert storm against ${label}: ${DELIVERIES * ALERTS_PER_DELIVERY} alerts in ${DELIVERIES} deliveries over ${GROUPS} groups`);
      console.log("| server | alerts/s | p50 ms | p99 ms |");
      console.log("|---|---|---|---|");
      console.log(`| null HTTP server (floor) | ${Math.round(floor.alertsPerSecond)} | ${ms(floor.p50)} | ${ms(floor.p99)} |`);
      console.log(`| Vigie | ${Math.round(first.alertsPerSecond)} | ${ms(first.p50)} | ${ms(first.p99)} |`);
      console.log(`| Vigie, replay | ${Math.round(replay.alertsPerSecond)} | ${ms(replay.p50)} | ${ms(replay.p99)} |`);
      console.log(`| PostgreSQL alone, the same rows (storage floor) | ${Math.round(storage.alertsPerSecond)} | ${ms(storage.p50)} | ${ms(storage.p99)} |`);
      console.log(`  Vigie/floor: ${(share * 100).toFixed(1)} % of the alerts/s (target ≥ 15 %), p99 ${(first.p99 / floor.p99).toFixed(1)}× (target ≤ 4×); PostgreSQL alone: ${(100 * storage.alertsPerSecond / floor.alertsPerSecond).toFixed(1)} %, p99 ${(storage.p99 / floor.p99).toFixed(1)}×; Vigie/PostgreSQL alone: ${(100 * first.alertsPerSecond / storage.alertsPerSecond).toFixed(0)} %`);
      console.log(`  CPU per delivery: app ${((app1 - app0) * 1000 / DELIVERIES).toFixed(1)} ms, PostgreSQL ${((pg1 - pg0) * 1000 / DELIVERIES).toFixed(1)} ms (wall ${(first.seconds * 1000 / DELIVERIES).toFixed(1)} ms a delivery, ${os.cpus().length} cores)`);
      console.log(`  tickets created ${ticketsMid - tickets} (must be ${GROUPS}), alerts stored ${alertsMid - alerts}; replay created ${ticketsEnd - ticketsMid} tickets, ${alertsEnd - alertsMid} alerts (must be 0); statuses ${JSON.stringify(first.statuses)} / ${JSON.stringify(replay.statuses)}`);
      if (ticketsMid - tickets !== GROUPS || ticketsEnd !== ticketsMid || alertsEnd !== alertsMid || first.statuses[200] !== DELIVERIES) failures.push(`storm against ${label}`);
      return first;
    };
    /** The end of a partial run: what failed, and the exit code that says so. */
    const finish = () => {
      if (failures.length) process.exitCode = 1;
      console.log(failures.length ? `\nFAILED: ${failures.join("; ")}` : "");
    };

    if (retentionOnly) {
      clearInterval(sampler); // its timer would keep the process alive after the run
      await seedTickets(client, "uniform", admin.id);
      await seedAlerts(client, ALERTS);
      return await benchRetention({ client, databaseUrl: database.url, app, token, url });
    }
    if (stormOnly) {
      for (let run = 0; run < 5; run++) await storm(`${await count(client, "Alert")} stored alerts`, `storm-only-${run}`);
      clearInterval(sampler);
      console.log(`\n  app RSS: ${restRss} MiB at rest (target < 250), ${peakRss} MiB peak under the storms (target < 400), ${rssMiB(app.pid)} MiB after`);
      return finish();
    }
    const empty = listOnly ? null : await storm("an empty database", "storm0");
    if (!listOnly && !flatOnly && !(await benchStatusPage({ client, baseURL: app.baseURL, token })).ok) failures.push("status page under load");
    const seeding = performance.now();
    await seedTickets(client, "realistic", admin.id);
    await seedAlerts(client, ALERTS);
    console.log(`\nSeeded ${TICKETS} tickets (realistic mix) and ${ALERTS} alerts in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);
    if (empty) {
      const full = await storm(`${await count(client, "Alert")} stored alerts`, "storm1");
      console.log(`  flat: alerts/s with many stored / with none = ${(full.alertsPerSecond / empty.alertsPerSecond * 100).toFixed(0)} %, p99 ${ms(full.p99)} vs ${ms(empty.p99)} ms (target within 10 %)`);
    }
    if (flatOnly) {
      clearInterval(sampler);
      // What the reconciliation reads at every run (lib/server/reconcile/resolve-missing.ts), on this history.
      const plan = (await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT "id" FROM "Alert" WHERE "status" = 'FIRING' AND NOT "heartbeat"`)).rows[0]["QUERY PLAN"][0];
      console.log(`  reconciliation's read of the firing alerts: ${plan["Execution Time"].toFixed(1)} ms (${plan.Plan["Node Type"]}${plan.Plan["Index Name"] ? ` on ${plan.Plan["Index Name"]}` : ""}${plan.Plan.Plans?.[0]?.["Index Name"] ? ` on ${plan.Plan.Plans[0]["Index Name"]}` : ""})`);
      console.log(`  app RSS: ${restRss} MiB at rest, ${peakRss} MiB peak under the storms; database ${mib(await databaseSize(client))}`);
      return finish();
    }
    clearInterval(sampler);
    const alertBytes = await bytesPerRow(client, "Alert");
    const ticketBytes = await bytesPerRow(client, "Ticket");
    const deliveryBytes = await bytesPerRow(client, "WebhookDelivery");
    const eventBytes = await bytesPerRow(client, "TimelineEvent");
    console.log(`\nStorage after the storms: database ${mib(await databaseSize(client))}`);
    console.log(`  per alert ${alertBytes.perRow} B (${alertBytes.rows} rows, ${mib(alertBytes.bytes)}); per ticket ${ticketBytes.perRow} B (${ticketBytes.rows} rows, ${mib(ticketBytes.bytes)})`);
    console.log(`  per delivery ${deliveryBytes.perRow} B (${deliveryBytes.rows} rows); per timeline event ${eventBytes.perRow} B (${eventBytes.rows} rows)`);
    console.log(`  app RSS: ${restRss} MiB at rest (target < 250), ${peakRss} MiB peak under the storms (target < 400)`);

    const observer = await apiToken(client, admin.id);
    const health = await timeGets(`${app.baseURL}/api/health`, { requests: 200 });
    console.log(`\n/api/health (the floor): p50 ${ms(health.p50)} ms, p95 ${ms(health.p95)} ms`);
    await benchTicketList({ client, baseURL: app.baseURL, token: observer, mix: "realistic" });
    await client.query(`TRUNCATE "Ticket" CASCADE`);
    await seedTickets(client, "uniform", admin.id);
    await seedAlerts(client, ALERTS);
    await benchTicketList({ client, baseURL: app.baseURL, token: observer, mix: "uniform" });
    console.log(`  app RSS after the lists: ${rssMiB(app.pid)} MiB`);
    if (!listOnly) await benchExtras({ client, databaseUrl: database.url, app, token, observer, url });
    finish();
  } finally {
    await client.end().catch(() => {});
    await app?.stop();
    await nullServer.close();
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
