import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { freePort, waitFor } from "@/scripts/lib/net";

// Runs the real Prometheus and Alertmanager (Debian packages) with the rule and routing files from docker/,
// made fast for a test: `for:` durations to 0s, short Alertmanager timers, loopback addresses.
const binaries = { prometheus: "prometheus", alertmanager: "prometheus-alertmanager" };

export function missingMonitoringBinaries(): string[] {
  return Object.values(binaries).filter((bin) => spawnSync("sh", ["-c", `command -v ${bin}`]).status !== 0);
}

type Rules = { groups: { name: string; rules: { for?: string; alert?: string }[] }[] };

/** A scrape target the test can stop and start: Prometheus's `up` follows it. */
export async function startScrapeTarget() {
  const port = await freePort();
  let server: http.Server | undefined;
  const start = () =>
    new Promise<void>((resolve) => {
      server = http.createServer((_req, res) => res.end("vigie_e2e_target 1\n"));
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await start();
  return { address: `127.0.0.1:${port}`, start, stop };
}

/** A rules file's Watchdog and the routes matching it, renamed: a test's heartbeat is its own (HEARTBEAT_MATCHER). */
const WATCHDOG = "Watchdog";

/** `job`: the scrape job's name (default e2e-target), so a spec's TargetDown group is its own. */
export async function startMonitoringStack(options: { root: string; webhookUrl: string; token: string; smtpPort: number; target: string; watchdogName?: string; job?: string }) {
  const watchdog = options.watchdogName ?? WATCHDOG;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-monitoring-"));
  const processes: ChildProcess[] = [];
  const logs: string[] = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => new Promise<void>((resolve) => {
      if (p.exitCode !== null || p.signalCode !== null) return resolve();
      const timer = setTimeout(() => p.kill("SIGKILL"), 5_000);
      p.once("exit", () => (clearTimeout(timer), resolve()));
      p.kill("SIGTERM");
    })));
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    // Rules: the shipped files, with no pending period.
    const rulesDir = path.join(dir, "rules");
    fs.mkdirSync(rulesDir);
    const shipped = path.join(options.root, "docker", "prometheus", "rules");
    for (const file of fs.readdirSync(shipped).filter((f) => f.endsWith(".yml"))) {
      const rules = parse(fs.readFileSync(path.join(shipped, file), "utf8")) as Rules;
      for (const group of rules.groups) {
        for (const rule of group.rules) {
          if (rule.for) rule.for = "0s";
          if (rule.alert === WATCHDOG) rule.alert = watchdog;
        }
      }
      fs.writeFileSync(path.join(rulesDir, file), stringify(rules));
    }

    // Alertmanager: the shipped routing, pointed at this Vigie and this SMTP catcher, with short timers.
    const tokenFile = path.join(dir, "token");
    fs.writeFileSync(tokenFile, options.token, { mode: 0o600 });
    const am = parse(fs.readFileSync(path.join(options.root, "docker", "alertmanager", "alertmanager.yml"), "utf8"));
    am.global.smtp_smarthost = `127.0.0.1:${options.smtpPort}`;
    const shorten = (route: Record<string, unknown>) => {
      if ("group_wait" in route) route.group_wait = "1s";
      if ("group_interval" in route) route.group_interval = "2s";
    };
    shorten(am.route);
    for (const r of am.route.routes ?? []) {
      shorten(r);
      r.matchers = (r.matchers as string[] | undefined)?.map((m) => m.replace(`alertname="${WATCHDOG}"`, `alertname="${watchdog}"`));
    }
    for (const receiver of am.receivers) {
      for (const hook of receiver.webhook_configs ?? []) {
        hook.url = options.webhookUrl;
        hook.http_config.authorization.credentials_file = tokenFile;
      }
    }
    const amConfig = path.join(dir, "alertmanager.yml");
    fs.writeFileSync(amConfig, stringify(am, { aliasDuplicateObjects: false }));
    const amPort = await freePort();
    const amUrl = `http://127.0.0.1:${amPort}`;

    const promPort = await freePort();
    const promConfig = path.join(dir, "prometheus.yml");
    fs.writeFileSync(promConfig, stringify({
      global: { scrape_interval: "1s", evaluation_interval: "1s" },
      rule_files: [path.join(rulesDir, "*.yml")],
      alerting: { alertmanagers: [{ static_configs: [{ targets: [`127.0.0.1:${amPort}`] }] }] },
      scrape_configs: [{ job_name: options.job ?? "e2e-target", static_configs: [{ targets: [options.target] }] }],
    }));

    const run = (bin: string, args: string[]) => {
      const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
      const keep = (c: Buffer) => {
        logs.push(`[${bin}] ${c.toString()}`);
        if (logs.length > 300) logs.shift();
      };
      child.stdout?.on("data", keep);
      child.stderr?.on("data", keep);
      processes.push(child);
      return child;
    };
    run(binaries.alertmanager, [
      `--config.file=${amConfig}`, `--storage.path=${path.join(dir, "am-data")}`, `--web.listen-address=127.0.0.1:${amPort}`,
      "--cluster.listen-address=", `--web.external-url=${amUrl}`,
    ]);
    const prometheus = run(binaries.prometheus, [
      `--config.file=${promConfig}`, `--storage.tsdb.path=${path.join(dir, "prom-data")}`, `--web.listen-address=127.0.0.1:${promPort}`,
      "--rules.alert.resend-delay=1s", `--web.external-url=http://127.0.0.1:${promPort}`,
    ]);
    await waitFor("alertmanager", async () => (await fetch(`${amUrl}/-/ready`)).ok, 30_000);
    await waitFor("prometheus", async () => (await fetch(`http://127.0.0.1:${promPort}/-/ready`)).ok, 30_000);
    /** Stops Prometheus alone (SIGTERM, as an operator or a crash would end rule evaluation); resolves once it exited. */
    const stopPrometheus = () => new Promise<void>((resolve) => {
      if (prometheus.exitCode !== null || prometheus.signalCode !== null) return resolve();
      prometheus.once("exit", () => resolve());
      prometheus.kill("SIGTERM");
    });
    return { prometheusUrl: `http://127.0.0.1:${promPort}`, alertmanagerUrl: amUrl, logs: () => logs.join(""), stop, stopPrometheus };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${logs.join("").slice(-3000)}`);
  }
}

// Alertmanager alone (one instance or an HA peer), kept in its own file; imported from here as before.
export { startAlertmanager } from "./alertmanager";
