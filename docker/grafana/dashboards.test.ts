// The Grafana dashboards shipped in docker/grafana/dashboards: valid, uniquely identified, wired to the
// provisioned datasource and the $instance variable, and querying only metrics that the exporters really
// expose. Node exporter and postgres_exporter run natively here (Debian packages), against a throwaway
// PostgreSQL; their /metrics are scraped, and a real Prometheus scraping them evaluates every panel query.
// cAdvisor has no Debian package: its panels are checked against the documented list below. Vigie's own
// dashboard is checked against the metrics declared in lib/server/metrics/prometheus.ts (its /api/metrics).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/lib/net";
import { startTempPostgres, type TempPostgres } from "@/scripts/lib/postgres/temp";
import { type Daemon, fetchText, findBinary, NODE_EXPORTER, POSTGRES_EXPORTER, PROMTOOL, requireBinaries, run, startDaemon } from "../testing/native";
import { parseExposition, type Selector, selectors, variableSelectors } from "../testing/promql";

const PROMETHEUS = { bin: "prometheus", pkg: "prometheus" };

// cAdvisor's metrics (v0.49, the image in compose.yaml), from its documentation: docs/storage/prometheus.md in
// github.com/google/cadvisor, "Prometheus container metrics" — the ones enabled by default (no
// -disable_metrics category that is off by default: not accelerator, sched, process, hugetlb, resctrl, tcp,
// udp, referenced_memory, perf, memory_numa). Every container metric carries id, image and name labels.
const CADVISOR_METRICS = new Set([
  "container_cpu_cfs_periods_total",
  "container_cpu_cfs_throttled_periods_total",
  "container_cpu_cfs_throttled_seconds_total",
  "container_cpu_load_average_10s",
  "container_cpu_system_seconds_total",
  "container_cpu_usage_seconds_total",
  "container_cpu_user_seconds_total",
  "container_fs_inodes_free",
  "container_fs_inodes_total",
  "container_fs_io_current",
  "container_fs_io_time_seconds_total",
  "container_fs_io_time_weighted_seconds_total",
  "container_fs_limit_bytes",
  "container_fs_read_seconds_total",
  "container_fs_reads_bytes_total",
  "container_fs_reads_merged_total",
  "container_fs_reads_total",
  "container_fs_sector_reads_total",
  "container_fs_sector_writes_total",
  "container_fs_usage_bytes",
  "container_fs_write_seconds_total",
  "container_fs_writes_bytes_total",
  "container_fs_writes_merged_total",
  "container_fs_writes_total",
  "container_last_seen",
  "container_memory_cache",
  "container_memory_failcnt",
  "container_memory_failures_total",
  "container_memory_mapped_file",
  "container_memory_max_usage_bytes",
  "container_memory_rss",
  "container_memory_swap",
  "container_memory_usage_bytes",
  "container_memory_working_set_bytes",
  "container_network_receive_bytes_total",
  "container_network_receive_errors_total",
  "container_network_receive_packets_dropped_total",
  "container_network_receive_packets_total",
  "container_network_transmit_bytes_total",
  "container_network_transmit_errors_total",
  "container_network_transmit_packets_dropped_total",
  "container_network_transmit_packets_total",
  "container_spec_cpu_period",
  "container_spec_cpu_quota",
  "container_spec_cpu_shares",
  "container_spec_memory_limit_bytes",
  "container_spec_memory_reservation_limit_bytes",
  "container_spec_memory_swap_limit_bytes",
  "container_start_time_seconds",
  "container_tasks_state",
  "machine_cpu_cores",
  "machine_cpu_physical_cores",
  "machine_cpu_sockets",
  "machine_memory_bytes",
]);
const CADVISOR_LABELS = new Set(["id", "image", "name", "instance", "job"]);
// Labels Prometheus adds to every scraped series: not in an exporter's /metrics.
const TARGET_LABELS = new Set(["instance", "job"]);

const here = import.meta.dirname;
const dashboardsDir = path.join(here, "dashboards");
const backupMetricScript = path.join(here, "..", "backup", "write-backup-metric.sh");

type Target = { refId: string; expr?: string; datasource?: { type: string; uid: string } };
type Panel = { id: number; type: string; title: string; gridPos: { x: number; y: number; w: number; h: number }; datasource?: { type: string; uid: string }; targets?: Target[]; panels?: Panel[] };
type Variable = { name: string; type: string; query: string | { query: string }; datasource?: { uid: string } };
type Dashboard = { uid: string; title: string; time: { from: string; to: string }; refresh?: string; panels: Panel[]; templating: { list: Variable[] } };

const files = fs.readdirSync(dashboardsDir).filter((f) => f.endsWith(".json"));
const dashboards = files.map((file) => ({ file, text: fs.readFileSync(path.join(dashboardsDir, file), "utf8") }));
const parsed = (file: string) => JSON.parse(dashboards.find((d) => d.file === file)?.text ?? "null") as Dashboard;
const allPanels = (d: Dashboard): Panel[] => d.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
const exprs = (d: Dashboard) => allPanels(d).flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, expr: t.expr ?? "" })));
const variableQuery = (v: Variable) => (typeof v.query === "string" ? v.query : v.query.query);

// Each dashboard and the exporter its metrics come from.
const SOURCES: Record<string, { uid: string; exporter: "node" | "postgres" | "cadvisor" | "vigie" }> = {
  "system.json": { uid: "vigie-system", exporter: "node" },
  "database.json": { uid: "vigie-database", exporter: "postgres" },
  "containers.json": { uid: "vigie-containers", exporter: "cadvisor" },
  "vigie.json": { uid: "vigie-app", exporter: "vigie" },
};
// Written by the backup jobs (docker/backup/write-backup-metric.sh) for node exporter's textfile collector.
const isBackupMetric = (metric: string) => metric.startsWith("vigie_backup_");

/**
 * The metrics Vigie's /api/metrics exposes, with their labels, from their declarations in
 * lib/server/metrics/prometheus.ts (`new Gauge({ name: "vigie_…", labelNames: […] … })`); a Histogram x
 * exposes x_bucket (with le), x_sum and x_count.
 */
function vigieDeclaredMetrics(): Map<string, Set<string>> {
  const source = fs.readFileSync(path.join(here, "..", "..", "lib", "server", "metrics", "prometheus.ts"), "utf8");
  const declared = new Map<string, Set<string>>();
  for (const [, kind, body = ""] of source.matchAll(/new (Gauge|Counter|Histogram|Summary)\(\{([^}]*)\}/g)) {
    const name = /\bname:\s*"(vigie_\w+)"/.exec(body)?.[1];
    if (!name) continue;
    const labels = [.../\blabelNames:\s*\[([^\]]*)\]/.exec(body)?.[1]?.matchAll(/"(\w+)"/g) ?? []].map((m) => m[1] as string);
    if (kind === "Histogram") {
      declared.set(`${name}_bucket`, new Set([...labels, "le"]));
      declared.set(`${name}_sum`, new Set(labels));
      declared.set(`${name}_count`, new Set(labels));
    } else if (kind === "Summary") {
      declared.set(name, new Set([...labels, "quantile"]));
      declared.set(`${name}_sum`, new Set(labels));
      declared.set(`${name}_count`, new Set(labels));
    } else declared.set(name, new Set(labels));
  }
  return declared;
}

/** Every selector of a dashboard (panels and variables), with where it comes from. */
function dashboardSelectors(d: Dashboard): (Selector & { where: string })[] {
  return [
    ...exprs(d).flatMap(({ panel, expr }) => selectors(expr).map((s) => ({ ...s, where: `panel "${panel}"` }))),
    ...d.templating.list.filter((v) => v.type === "query").flatMap((v) => variableSelectors(variableQuery(v)).map((s) => ({ ...s, where: `variable $${v.name}` }))),
  ];
}

/** The expression as Prometheus can run it, Grafana's variables replaced. */
function concrete(expr: string): string {
  return expr
    .replaceAll("$__rate_interval", "10s")
    .replaceAll("${__rate_interval}", "10s")
    .replaceAll("$__range", "10s")
    .replaceAll("$__interval", "5s")
    .replaceAll("$instance", ".*")
    .replaceAll("${instance}", ".*");
}

describe("the Grafana dashboards", () => {
  it("are the four expected files, each valid JSON with panels", () => {
    expect(files.sort()).toEqual(Object.keys(SOURCES).sort());
    for (const { file, text } of dashboards) {
      expect(() => JSON.parse(text), file).not.toThrow();
      expect(parsed(file).panels.length, file).toBeGreaterThan(0);
    }
  });

  it("have their fixed, unique uids and titles", () => {
    const uids = files.map((f) => parsed(f).uid);
    expect(uids.sort()).toEqual(Object.values(SOURCES).map((s) => s.uid).sort());
    expect(new Set(uids).size).toBe(uids.length);
    const titles = files.map((f) => parsed(f).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(Object.keys(SOURCES))("%s: panels query the provisioned Prometheus, laid out on the 24-column grid", (file) => {
    const provisioning = parse(fs.readFileSync(path.join(here, "provisioning", "datasources", "prometheus.yml"), "utf8")) as { datasources: { uid: string; type: string }[] };
    const datasource = provisioning.datasources.find((s) => s.type === "prometheus");
    const d = parsed(file);
    const ids = allPanels(d).map((p) => p.id);
    expect(new Set(ids).size, "panel ids are unique").toBe(ids.length);
    for (const p of allPanels(d)) {
      if (p.type === "row") continue;
      expect(p.title, `panel ${p.id}`).toBeTruthy();
      expect(p.gridPos.x + p.gridPos.w, p.title).toBeLessThanOrEqual(24);
      expect(p.datasource, p.title).toEqual({ type: "prometheus", uid: datasource?.uid });
      expect(p.targets?.length, p.title).toBeGreaterThan(0);
      for (const t of p.targets ?? []) {
        expect(t.expr, `${p.title} ${t.refId}`).toBeTruthy();
        expect(t.datasource?.uid, `${p.title} ${t.refId}`).toBe(datasource?.uid);
      }
    }
  });

  it.each(Object.keys(SOURCES))("%s: has the $instance variable, used by every exporter query, and a sensible time range", (file) => {
    const d = parsed(file);
    const instance = d.templating.list.find((v) => v.name === "instance");
    expect(instance?.type).toBe("query");
    expect(variableQuery(instance as Variable)).toMatch(/^label_values\(\w+, instance\)$/);
    for (const { panel, expr } of exprs(d)) {
      const own = selectors(expr).filter((s) => !isBackupMetric(s.metric));
      for (const s of own) expect(s.labels, `${panel}: ${s.metric} is not filtered by $instance`).toContain("instance");
      if (own.length > 0) expect(expr, panel).toContain('instance=~"$instance"');
    }
    expect(d.time.to).toBe("now");
    expect(d.time.from).toMatch(/^now-(\d+)(m|h|d)$/);
    expect(d.refresh).toBeTruthy();
  });

  it("containers.json: queries only metrics and labels cAdvisor exposes (its documented list)", () => {
    for (const s of dashboardSelectors(parsed("containers.json"))) {
      expect(CADVISOR_METRICS.has(s.metric), `${s.where}: ${s.metric} is not a cAdvisor metric`).toBe(true);
      for (const label of s.labels) expect(CADVISOR_LABELS.has(label), `${s.where}: ${s.metric} has no label ${label}`).toBe(true);
    }
  });

  it("vigie.json: queries only metrics and labels declared in lib/server/metrics/prometheus.ts, and shows each of them", () => {
    const declared = vigieDeclaredMetrics();
    // The parse itself: the declarations it must find (a change of style there would empty the check).
    expect(declared.get("vigie_tickets")).toEqual(new Set(["step", "priority"]));
    expect(declared.get("vigie_time_to_assignment_seconds_bucket")).toEqual(new Set(["le"]));
    expect(declared.has("vigie_webhook_deliveries_rejected_total")).toBe(true);
    const used = dashboardSelectors(parsed("vigie.json"));
    for (const s of used) {
      const labels = declared.get(s.metric);
      expect(labels, `vigie.json ${s.where}: ${s.metric} is not declared in lib/server/metrics/prometheus.ts`).toBeDefined();
      for (const label of s.labels) {
        if (TARGET_LABELS.has(label)) continue;
        expect(labels?.has(label), `vigie.json ${s.where}: ${s.metric} has no label "${label}"`).toBe(true);
      }
    }
    // Grouping labels (sum by (step) …) are labels of the metrics the expression reads.
    for (const { panel, expr } of exprs(parsed("vigie.json"))) {
      const available = new Set([...TARGET_LABELS, ...selectors(expr).flatMap((s) => [...(declared.get(s.metric) ?? [])])]);
      for (const [, list = ""] of expr.matchAll(/\bby\s*\(([^)]*)\)/g)) {
        for (const label of list.split(",").map((l) => l.trim()).filter(Boolean)) expect(available.has(label), `vigie.json panel "${panel}": by (${label}) is no label of ${expr}`).toBe(true);
      }
    }
    // Every declared metric is on the dashboard (a histogram through its buckets).
    const shown = new Set(used.map((s) => s.metric));
    const histogramPart = (m: string) => /_(sum|count)$/.test(m) && declared.has(m.replace(/_(sum|count)$/, "_bucket"));
    expect([...declared.keys()].filter((m) => !histogramPart(m) && !shown.has(m)), "declared metrics without a panel").toEqual([]);
  });

  it("every panel query is valid PromQL (promtool check rules on them as recording rules)", async (ctx) => {
    requireBinaries(ctx, [PROMTOOL]);
    const rules = files.flatMap((f) => [
      ...exprs(parsed(f)).map((e) => e.expr),
      ...parsed(f)
        .templating.list.filter((v) => v.type === "query")
        .flatMap((v) => variableSelectors(variableQuery(v)).map((s) => s.metric)),
    ]);
    const file = path.join(tmp, "panels.rules.yml");
    const yaml = ["groups:", "  - name: panels", "    rules:", ...rules.map((expr, i) => `      - record: panel_${i}\n        expr: ${JSON.stringify(concrete(expr))}`)].join("\n");
    fs.writeFileSync(file, `${yaml}\n`);
    const result = await run("promtool", ["check", "rules", file]);
    expect(result.code, result.output).toBe(0);
  });
});

// ------------------------------------------------------------------------------------------------------
// Against the real exporters

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-dashboards-"));
const daemons: Daemon[] = [];
let postgres: TempPostgres | undefined;
const scraped: { node?: Map<string, Set<string>>; postgres?: Map<string, Set<string>> } = {};
let prometheusUrl: string | undefined;
const startErrors: string[] = [];

beforeAll(async () => {
  const haveNode = !!findBinary(NODE_EXPORTER.bin);
  const havePostgres = !!findBinary(POSTGRES_EXPORTER.bin);
  let nodePort: number | undefined;
  let postgresPort: number | undefined;
  try {
    if (haveNode) {
      // The textfile directory, with what the backup job writes after a backup.
      const textfile = path.join(tmp, "textfile");
      fs.mkdirSync(textfile);
      const written = await run("sh", [backupMetricScript, "postgresql", String(Math.floor(Date.now() / 1000) - 3600), "123456789"], { env: { ...process.env, TEXTFILE_DIR: textfile } });
      if (written.code !== 0) throw new Error(written.output);
      nodePort = await freePort();
      daemons.push(
        await startDaemon(NODE_EXPORTER.bin, ["--no-collector.systemd", `--web.listen-address=127.0.0.1:${nodePort}`, `--collector.textfile.directory=${textfile}`], {
          readyUrl: `http://127.0.0.1:${nodePort}/metrics`,
        }),
      );
      scraped.node = parseExposition(await fetchText(`http://127.0.0.1:${nodePort}/metrics`));
    }
    if (havePostgres) {
      postgres = await startTempPostgres();
      const url = new URL(postgres.url);
      url.searchParams.set("sslmode", "disable");
      postgresPort = await freePort();
      daemons.push(
        await startDaemon(POSTGRES_EXPORTER.bin, [`--web.listen-address=127.0.0.1:${postgresPort}`], {
          env: { ...process.env, DATA_SOURCE_NAME: url.toString() },
          readyUrl: `http://127.0.0.1:${postgresPort}/metrics`,
        }),
      );
      scraped.postgres = parseExposition(await fetchText(`http://127.0.0.1:${postgresPort}/metrics`, 20_000));
    }
    if (nodePort && postgresPort && findBinary(PROMETHEUS.bin)) {
      const config = path.join(tmp, "prometheus.yml");
      fs.writeFileSync(
        config,
        [
          "global: { scrape_interval: 1s, evaluation_interval: 1s }",
          "scrape_configs:",
          `  - { job_name: node, static_configs: [{ targets: ["127.0.0.1:${nodePort}"] }] }`,
          `  - { job_name: postgres, static_configs: [{ targets: ["127.0.0.1:${postgresPort}"] }] }`,
          "",
        ].join("\n"),
      );
      const port = await freePort();
      daemons.push(
        await startDaemon(PROMETHEUS.bin, [`--config.file=${config}`, `--storage.tsdb.path=${path.join(tmp, "tsdb")}`, `--web.listen-address=127.0.0.1:${port}`, "--log.level=warn"], {
          readyUrl: `http://127.0.0.1:${port}/-/ready`,
          timeoutMs: 30_000,
        }),
      );
      prometheusUrl = `http://127.0.0.1:${port}`;
      // Until both targets have been scraped enough for rate() over 10 s.
      const deadline = Date.now() + 30_000;
      for (;;) {
        const ready = await query('count(rate(node_cpu_seconds_total[10s])) > 0 and on() count(rate(pg_stat_database_xact_commit[10s])) > 0');
        if (ready.data.result.length > 0) break;
        if (Date.now() > deadline) throw new Error("Prometheus did not get two scrapes of each exporter within 30 s");
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } catch (error) {
    startErrors.push(error instanceof Error ? error.message : String(error));
  }
}, 120_000);

afterAll(async () => {
  for (const d of daemons.reverse()) await d.stop();
  await postgres?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}, 30_000);

type QueryResult = { status: string; error?: string; data: { result: { metric: Record<string, string> }[] } };
async function query(promql: string): Promise<QueryResult> {
  const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(promql)}`, { signal: AbortSignal.timeout(10_000) });
  return (await response.json()) as QueryResult;
}

function checkAgainst(file: string, exposed: Map<string, Set<string>>, extra?: Map<string, Set<string>>) {
  for (const s of dashboardSelectors(parsed(file))) {
    const labels = exposed.get(s.metric) ?? (isBackupMetric(s.metric) ? extra?.get(s.metric) : undefined);
    expect(labels, `${file} ${s.where}: ${s.metric} is not exposed`).toBeDefined();
    for (const label of s.labels) {
      if (TARGET_LABELS.has(label)) continue;
      expect(labels?.has(label), `${file} ${s.where}: ${s.metric} has no label "${label}"`).toBe(true);
    }
  }
}

describe("the dashboards against the real exporters", () => {
  it("system.json: every metric and label it queries is in node exporter's /metrics", (ctx) => {
    requireBinaries(ctx, [NODE_EXPORTER]);
    expect(startErrors).toEqual([]);
    checkAgainst("system.json", scraped.node as Map<string, Set<string>>);
  });

  it("database.json: every metric and label it queries is in postgres_exporter's /metrics (backup metrics: node exporter's textfile collector)", (ctx) => {
    requireBinaries(ctx, [NODE_EXPORTER, POSTGRES_EXPORTER]);
    expect(startErrors).toEqual([]);
    expect(scraped.postgres?.has("pg_up")).toBe(true);
    checkAgainst("database.json", scraped.postgres as Map<string, Set<string>>, scraped.node);
  });

  it("system.json and database.json: every panel and variable query returns data from a Prometheus scraping the exporters", async (ctx) => {
    requireBinaries(ctx, [NODE_EXPORTER, POSTGRES_EXPORTER, PROMETHEUS]);
    expect(startErrors).toEqual([]);
    const empty: string[] = [];
    for (const file of ["system.json", "database.json"]) {
      const d = parsed(file);
      const queries = [
        ...exprs(d).map((e) => ({ where: `panel "${e.panel}"`, promql: concrete(e.expr) })),
        ...d.templating.list.map((v) => ({ where: `variable $${v.name}`, promql: `count by (instance) (${variableSelectors(variableQuery(v))[0]?.metric})` })),
      ];
      for (const q of queries) {
        const result = await query(q.promql);
        expect(result.status, `${file} ${q.where}: ${q.promql}: ${result.error}`).toBe("success");
        if (result.data.result.length === 0) empty.push(`${file} ${q.where}: ${q.promql}`);
      }
    }
    expect(empty, "queries that return nothing").toEqual([]);
  }, 60_000);
});
