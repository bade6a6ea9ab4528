// What this change adds to the benchmark: retention pruning 1,000,000 old bodies during a storm, and the live
// stream (a change's latency to a subscriber; the app's CPU at rest with 200 streams vs 10 polling browsers).
import { spawn } from "node:child_process";
import path from "node:path";
import type pg from "pg";
import { sendStorm, stormBodies } from "./storm";
import { cpuSeconds, ms, rssMiB } from "./stats";

const root = path.resolve(import.meta.dirname, "..", "..");
const OLD_DELIVERIES = Number(process.env.VIGIE_BENCH_OLD_DELIVERIES ?? 1_000_000);
const AT_REST_S = Number(process.env.VIGIE_BENCH_REST_SECONDS ?? 30);
/** Closed tickets kept this many days (at least 90) for the retention part; the tickets are 90 s apart. */
const TICKET_DAYS = Math.max(90, Number(process.env.VIGIE_BENCH_TICKET_DAYS ?? 365));

type App = { baseURL: string; pid: number };

function pruneInAnotherProcess(databaseUrl: string, job: "bodies" | "tickets" = "bodies"): Promise<{ removed: number; batches: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", path.join(import.meta.dirname, "prune-child.ts")], {
      cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", RETENTION_JOB: job }, stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`prune exited ${code}: ${out}`))));
  });
}

async function retention(client: pg.Client, databaseUrl: string, app: App, token: string, url: string) {
  await client.query(`
    INSERT INTO "WebhookDelivery" ("id", "receivedAt", "groupKey", "status", "receiver", "alertCount", "payload")
    SELECT gen_random_uuid(), now()::timestamp - interval '60 days' + g * interval '1 second', '{}:{alertname="Old' || (g % 500) || '"}', 'firing', 'vigie', 1,
           jsonb_build_object('receiver', 'vigie', 'status', 'firing', 'alerts', jsonb_build_array(jsonb_build_object('labels', jsonb_build_object('alertname', 'Old' || (g % 500), 'instance', 'host-' || g || ':9100'),
             'annotations', jsonb_build_object('summary', 'An old alert number ' || g, 'description', repeat('details ', 60)), 'fingerprint', md5(g::text))))
    FROM generate_series(1, ${OLD_DELIVERIES}) g`);
  await client.query(`ANALYZE "WebhookDelivery"`);
  const size = async () => Number((await client.query(`SELECT pg_total_relation_size('"WebhookDelivery"') AS s`)).rows[0].s);
  const before = await size();
  const quiet = await sendStorm(url, token, stormBodies("storm-quiet"));
  const prune = pruneInAnotherProcess(databaseUrl);
  await new Promise((r) => setTimeout(r, 1_500)); // the prune is under way
  const during = await sendStorm(url, token, stormBodies("storm-prune"));
  const result = await prune;
  await client.query(`VACUUM "WebhookDelivery"`);
  console.log(`\nRetention: ${result.removed} bodies older than 30 days dropped in ${result.batches} batches, ${result.seconds.toFixed(0)} s (${Math.round(result.removed / result.seconds)} rows/s), by another process`);
  console.log(`  storm without a prune: ${Math.round(quiet.alertsPerSecond)} alerts/s, p99 ${ms(quiet.p99)} ms; during the prune: ${Math.round(during.alertsPerSecond)} alerts/s, p99 ${ms(during.p99)} ms; statuses ${JSON.stringify(during.statuses)}`);
  console.log(`  WebhookDelivery: ${Math.round(before / 1048576)} MiB before, ${Math.round((await size()) / 1048576)} MiB after (VACUUM makes the space reusable; the file shrinks only with VACUUM FULL)`);
}

// Closed tickets kept TICKET_DAYS days: the uniform mix's tickets closed longer ago go, with their alerts, during a storm.
async function ticketRetention(client: pg.Client, databaseUrl: string, token: string, url: string) {
  await client.query(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('closedTicketDays', $1::jsonb, now()) ON CONFLICT ("key") DO UPDATE SET "value" = $1::jsonb`, [String(TICKET_DAYS)]);
  const { rows: [old] } = await client.query(`SELECT count(*)::int AS n FROM "Ticket" WHERE "step" = 'CLOSURE' AND "closedAt" < now() - $1::int * interval '1 day'`, [TICKET_DAYS]);
  const quiet = await sendStorm(url, token, stormBodies("storm-tickets-quiet"));
  const job = pruneInAnotherProcess(databaseUrl, "tickets");
  await new Promise((r) => setTimeout(r, 1_500)); // the deletion is under way
  const during = await sendStorm(url, token, stormBodies("storm-tickets"));
  const result = await job;
  await client.query(`DELETE FROM "Setting" WHERE "key" = 'closedTicketDays'`);
  console.log(`\nClosed-ticket retention (${TICKET_DAYS} days): ${result.removed} of ${old.n} tickets deleted with their alerts in ${result.batches} batches, ${result.seconds.toFixed(0)} s (${Math.round(result.removed / result.seconds)} tickets/s), by another process`);
  console.log(`  storm without it: ${Math.round(quiet.alertsPerSecond)} alerts/s, p99 ${ms(quiet.p99)} ms; during it: ${Math.round(during.alertsPerSecond)} alerts/s, p99 ${ms(during.p99)} ms; statuses ${JSON.stringify(during.statuses)}`);
}

async function cpuOver(pid: number, seconds: number, during: (stop: AbortSignal) => Promise<unknown>) {
  const stop = new AbortController();
  const start = cpuSeconds(pid);
  const work = during(stop.signal);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const used = cpuSeconds(pid) - start;
  stop.abort();
  await work.catch(() => {});
  return used;
}

async function live(client: pg.Client, app: App, observer: string) {
  const headers = { authorization: `Bearer ${observer}` };
  const streams: AbortController[] = [];
  const open = async () => {
    const abort = new AbortController();
    const response = await fetch(`${app.baseURL}/api/events`, { headers, signal: abort.signal });
    if (!response.ok) throw new Error(`/api/events answered ${response.status}`);
    streams.push(abort);
    return response.body!.getReader();
  };
  // Latency: a change committed by another connection, to a subscriber's "tickets" event.
  const reader = await open();
  const decoder = new TextDecoder();
  const latencies: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    const { rows: [row] } = await client.query(`UPDATE "Ticket" SET "priority" = 1 + (random() * 5)::int WHERE "number" = (SELECT max("number") FROM "Ticket") - $1 RETURNING "id"`, [i]);
    let text = "";
    while (!text.includes(row.id)) text += decoder.decode((await reader.read()).value);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  console.log(`\nLive updates: a change reaches a subscriber in p50 ${ms(latencies[4]!)} ms, max ${ms(latencies.at(-1)!)} ms (target < 1 s)`);
  const sse = await cpuOver(app.pid, AT_REST_S, async () => {
    for (let i = 0; i < 199; i++) {
      const r = await open();
      void (async () => { while (!(await r.read().catch(() => ({ done: true }))).done); })();
    }
  });
  const rss = rssMiB(app.pid);
  for (const s of streams) s.abort();
  // Today's browser on the list: the list's query every 5 s (its page's refresh every 5 s comes on top, not counted here).
  const polling = await cpuOver(app.pid, AT_REST_S, async (stop) => {
    await Promise.all(Array.from({ length: 10 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 500));
      while (!stop.aborted) {
        await fetch(`${app.baseURL}/api/tickets`, { headers }).then((r) => r.arrayBuffer()).catch(() => {});
        await new Promise((r) => setTimeout(r, 5_000));
      }
    }));
  });
  console.log(`  app CPU over ${AT_REST_S} s at rest: 200 open streams ${sse.toFixed(2)} s (RSS ${rss} MiB), 10 browsers polling the list every 5 s ${polling.toFixed(2)} s`);
}

export async function benchExtras({ client, databaseUrl, app, token, observer, url }: { client: pg.Client; databaseUrl: string; app: App; token: string; observer: string; url: string }) {
  const probe = await fetch(`${app.baseURL}/api/events`, { headers: { authorization: `Bearer ${observer}` } });
  await probe.body?.cancel();
  if (probe.status === 404) return console.log("\n(This build has no /api/events and no retention: skipped.)");
  await live(client, app, observer);
  await benchRetention({ client, databaseUrl, app, token, url });
}

export async function benchRetention({ client, databaseUrl, app, token, url }: { client: pg.Client; databaseUrl: string; app: App; token: string; url: string }) {
  await retention(client, databaseUrl, app, token, url);
  await ticketRetention(client, databaseUrl, token, url);
}
