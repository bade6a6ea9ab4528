// Every metric and label the alert rules read, checked against what the real program exposes (Debian's packages,
// run natively): node exporter (with the backup jobs' textfile metrics), postgres_exporter on a throwaway
// PostgreSQL, redis_exporter on Redis, the blackbox exporter probing a local page with the shipped module,
// Prometheus (with the shipped rules and an Alertmanager) and Alertmanager themselves; Vigie's own metrics
// against their declarations. promtool's unit tests feed a rule the series it expects: a misspelt metric or
// label passes them and never fires. What cannot be scraped here is listed below with the reason.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitFor } from "@/scripts/lib/net";
import { startTempPostgres, type TempPostgres } from "@/scripts/lib/postgres/temp";
import { type Daemon, fetchText, findBinary, type Need, NODE_EXPORTER, POSTGRES_EXPORTER, requireBinaries, run, startDaemon } from "../testing/native";
import { parseExposition, selectors } from "../testing/promql";

const here = import.meta.dirname;
const PROMETHEUS: Need = { bin: "prometheus", pkg: "prometheus" };
const ALERTMANAGER: Need = { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" };
const REDIS_EXPORTER: Need = { bin: "prometheus-redis-exporter", pkg: "prometheus-redis-exporter" };
const REDIS: Need = { bin: "redis-server", pkg: "redis-server" };
const BLACKBOX: Need = { bin: "prometheus-blackbox-exporter", pkg: "prometheus-blackbox-exporter" };
const NEEDS = [NODE_EXPORTER, POSTGRES_EXPORTER, PROMETHEUS, ALERTMANAGER, REDIS_EXPORTER, REDIS, BLACKBOX];

// Not scrapable on this machine, and why. Everything else a rule reads must be in a real scrape.
const UNAVAILABLE: Record<string, string> = {
  pg_database_wraparound_age_datfrozenxid_seconds: "postgres_exporter's database_wraparound collector (0.14+, compose.yaml turns it on); Debian has 0.11",
  probe_ssl_earliest_cert_expiry: "only on an HTTPS probe of a real certificate (the public VIGIE_URL)",
};
const CADVISOR = "cAdvisor is not packaged by Debian: its metrics are checked in the Containers dashboard test only by name";
// Added by Prometheus to every target, not by the exporter.
const TARGET_LABELS = new Set(["job", "instance", "host", "site"]);

type Rule = { alert: string; expr: string };
const rules: Rule[] = fs
  .readdirSync(path.join(here, "rules"))
  .filter((f) => f.endsWith(".yml"))
  .flatMap((f) => (parse(fs.readFileSync(path.join(here, "rules", f), "utf8")) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules));
const used = rules.flatMap((r) => selectors(r.expr).map((s) => ({ alert: r.alert, ...s })));

/** Vigie's /api/metrics, from the declarations in lib/server/metrics/prometheus.ts. */
function vigieDeclared(): Map<string, Set<string>> {
  const source = fs.readFileSync(path.join(here, "..", "..", "lib", "server", "metrics", "prometheus.ts"), "utf8");
  const declared = new Map<string, Set<string>>();
  for (const [, body = ""] of source.matchAll(/new (?:Gauge|Counter|Histogram|Summary)\(\{([^}]*)\}/g)) {
    const name = /\bname:\s*"(vigie_\w+)"/.exec(body)?.[1];
    const labels = [.../\blabelNames:\s*\[([^\]]*)\]/.exec(body)?.[1]?.matchAll(/"(\w+)"/g) ?? []].map((m) => m[1] as string);
    if (name) declared.set(name, new Set(labels));
  }
  return declared;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-rule-metrics-"));
const daemons: Daemon[] = [];
let postgres: TempPostgres | undefined;
let page: http.Server | undefined;
const scraped: Record<string, Map<string, Set<string>>> = {};
const errors: string[] = [];

async function daemon(need: Need, args: string[], port: number, readyPath = "/metrics", env?: Record<string, string | undefined>) {
  const d = await startDaemon(need.bin, args, { readyUrl: `http://127.0.0.1:${port}${readyPath}`, env, timeoutMs: 30_000 });
  daemons.push(d);
  return d;
}

beforeAll(async () => {
  if (NEEDS.some((n) => !findBinary(n.bin))) return;
  try {
    // node exporter, with the textfile metrics every backup job writes
    const textfile = path.join(tmp, "textfile");
    fs.mkdirSync(textfile);
    for (const db of ["postgresql", "postgresql-offsite", "redis"]) {
      const written = await run("sh", [path.join(here, "..", "backup", "write-backup-metric.sh"), db, String(Math.floor(Date.now() / 1000)), "1"], { env: { ...process.env, TEXTFILE_DIR: textfile } });
      if (written.code !== 0) throw new Error(written.output);
    }
    const nodePort = await freePort();
    await daemon(NODE_EXPORTER, ["--no-collector.systemd", `--web.listen-address=127.0.0.1:${nodePort}`, `--collector.textfile.directory=${textfile}`], nodePort);
    scraped.node = parseExposition(await fetchText(`http://127.0.0.1:${nodePort}/metrics`));

    // postgres_exporter on a throwaway PostgreSQL
    postgres = await startTempPostgres();
    const url = new URL(postgres.url);
    url.searchParams.set("sslmode", "disable");
    const pgPort = await freePort();
    await daemon(POSTGRES_EXPORTER, [`--web.listen-address=127.0.0.1:${pgPort}`], pgPort, "/metrics", { ...process.env, DATA_SOURCE_NAME: url.toString() });
    scraped.postgres = parseExposition(await fetchText(`http://127.0.0.1:${pgPort}/metrics`, 20_000));

    // redis_exporter on Redis (started with the shipped persistence options)
    const redisPort = await freePort();
    const redisDir = path.join(tmp, "redis");
    fs.mkdirSync(redisDir);
    const redis = await startDaemonTcp(REDIS.bin, ["--port", String(redisPort), "--bind", "127.0.0.1", "--dir", redisDir, "--appendonly", "yes", "--save", "3600 1", "--maxmemory", "64mb"], redisPort);
    daemons.push(redis);
    const rxPort = await freePort();
    await daemon(REDIS_EXPORTER, [`-redis.addr=redis://127.0.0.1:${redisPort}`, `-web.listen-address=127.0.0.1:${rxPort}`], rxPort);
    scraped.redis = parseExposition(await fetchText(`http://127.0.0.1:${rxPort}/metrics`));

    // blackbox exporter, the shipped module, probing a local page
    page = http.createServer((_req, res) => res.end("ok"));
    const pagePort = await freePort();
    await new Promise<void>((resolve) => page?.listen(pagePort, "127.0.0.1", resolve));
    const bbPort = await freePort();
    await daemon(BLACKBOX, [`--config.file=${path.join(here, "..", "blackbox", "blackbox.yml")}`, `--web.listen-address=127.0.0.1:${bbPort}`], bbPort);
    scraped.blackbox = parseExposition(await fetchText(`http://127.0.0.1:${bbPort}/probe?module=http_2xx&target=${encodeURIComponent(`http://127.0.0.1:${pagePort}/api/health`)}`));

    // Alertmanager, then Prometheus with the shipped rules sending to it
    const amPort = await freePort();
    const amConfig = path.join(tmp, "alertmanager.yml");
    fs.writeFileSync(amConfig, stringify({ route: { receiver: "vigie" }, receivers: [{ name: "vigie", webhook_configs: [{ url: `http://127.0.0.1:${pagePort}/` }] }, { name: "admins", email_configs: [{ to: "a@example.org", from: "b@example.org", smarthost: "127.0.0.1:25" }] }] }));
    await daemon(ALERTMANAGER, [`--config.file=${amConfig}`, `--storage.path=${path.join(tmp, "am")}`, `--web.listen-address=127.0.0.1:${amPort}`, "--cluster.listen-address="], amPort, "/-/ready");
    scraped.alertmanager = parseExposition(await fetchText(`http://127.0.0.1:${amPort}/metrics`));
    const promPort = await freePort();
    const promConfig = path.join(tmp, "prometheus.yml");
    fs.writeFileSync(promConfig, stringify({
      global: { scrape_interval: "1s", evaluation_interval: "1s" },
      rule_files: [path.join(here, "rules", "*.yml")],
      alerting: { alertmanagers: [{ static_configs: [{ targets: [`127.0.0.1:${amPort}`] }] }] },
      scrape_configs: [{ job_name: "prometheus", static_configs: [{ targets: [`127.0.0.1:${promPort}`] }] }],
    }));
    await daemon(PROMETHEUS, [`--config.file=${promConfig}`, `--storage.tsdb.path=${path.join(tmp, "tsdb")}`, `--web.listen-address=127.0.0.1:${promPort}`, "--log.level=warn"], promPort, "/-/ready");
    // The per-Alertmanager and per-group series appear once both are running.
    await waitFor("Prometheus's notifier and rule groups", async () => {
      const text = await fetchText(`http://127.0.0.1:${promPort}/metrics`);
      return text.includes("prometheus_notifications_errors_total{") && text.includes("prometheus_rule_evaluation_failures_total{");
    }, 30_000);
    scraped.prometheus = parseExposition(await fetchText(`http://127.0.0.1:${promPort}/metrics`));
    scraped.vigie = vigieDeclared();
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
}, 180_000);

afterAll(async () => {
  for (const d of daemons.reverse()) await d.stop();
  await postgres?.stop();
  await new Promise<void>((resolve) => (page ? page.close(() => resolve()) : resolve()));
  fs.rmSync(tmp, { recursive: true, force: true });
}, 60_000);

/** A daemon without an HTTP endpoint (Redis): ready once its TCP port accepts. */
async function startDaemonTcp(bin: string, args: string[], port: number): Promise<Daemon> {
  const { spawn } = await import("node:child_process");
  const net = await import("node:net");
  const child = spawn(bin, args, { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  await waitFor(bin, () => new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  }), 15_000);
  return {
    logs: () => "",
    async stop() {
      process.removeListener("exit", kill);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}

const SOURCES: [prefix: string, source: string][] = [
  ["vigie_backup_", "node"], ["node_", "node"], ["pg_", "postgres"], ["redis_", "redis"], ["probe_", "blackbox"],
  ["prometheus_", "prometheus"], ["alertmanager_", "alertmanager"], ["vigie_", "vigie"],
];

describe("the metrics the alert rules read exist, with those labels, in the real exporters", () => {
  it("has something to check for every rule", () => {
    for (const r of rules) if (r.expr.trim() !== "vector(1)") expect(selectors(r.expr).length, r.alert).toBeGreaterThan(0);
  });

  it.for(used.map((s) => [`${s.alert}: ${s.metric}`, s] as const))("%s", ([, s], ctx) => {
    if (s.metric === "up") return expect(s.labels.every((l) => TARGET_LABELS.has(l))).toBe(true);
    if (s.metric.startsWith("container_")) return expect(CADVISOR).toContain("cAdvisor");
    if (UNAVAILABLE[s.metric]) return expect(UNAVAILABLE[s.metric]).toBeTruthy();
    requireBinaries(ctx, NEEDS);
    expect(errors, errors.join("\n")).toEqual([]);
    const source = SOURCES.find(([prefix]) => s.metric.startsWith(prefix))?.[1];
    expect(source, `no exporter known for ${s.metric}`).toBeDefined();
    const labels = scraped[source as string]?.get(s.metric);
    expect(labels, `${s.metric} is not in ${source}'s /metrics`).toBeDefined();
    for (const label of s.labels.filter((l) => !TARGET_LABELS.has(l))) expect([...(labels ?? [])], `${s.metric}{${label}}`).toContain(label);
  });
});
