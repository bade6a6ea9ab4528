// The shipped Prometheus and Alertmanager configuration, checked by the real tools (Debian's `prometheus` and
// `prometheus-alertmanager` packages): promtool check rules / check config / test rules, amtool check-config and
// the Alertmanager routing tree. Missing tools skip these tests, or fail them under CI=true.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { AMTOOL, PROMTOOL, requireBinaries, run } from "../testing/native";
import { FULL_ENV, render, withLocalSecrets } from "../testing/render";

const here = import.meta.dirname;
const rulesDir = path.join(here, "rules");
const ruleFiles = fs
  .readdirSync(rulesDir)
  .filter((f) => f.endsWith(".yml"))
  .map((f) => path.join(rulesDir, f));
const unitTests = path.join(here, "tests", "rules.test.yml");
const prometheusYml = path.join(here, "prometheus.yml");
const alertmanagerYml = path.join(here, "..", "alertmanager", "alertmanager.yml");

type Rule = { alert: string; expr: string; for?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
const alerts: Rule[] = ruleFiles.flatMap((f) => (parse(fs.readFileSync(f, "utf8")) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules));

type AlertTest = { eval_time: string; alertname: string; exp_alerts?: { exp_labels?: Record<string, string>; exp_annotations?: Record<string, string> }[] };
const unitTestFile = parse(fs.readFileSync(unitTests, "utf8")) as { rule_files: string[]; tests: { name: string; alert_rule_test?: AlertTest[] }[] };
const alertTests = unitTestFile.tests.flatMap((t) => t.alert_rule_test ?? []);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-promtool-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("promtool", () => {
  it("check rules: every rule file is valid", async (ctx) => {
    requireBinaries(ctx, [PROMTOOL]);
    const result = await run("promtool", ["check", "rules", ...ruleFiles]);
    expect(result.code, result.output).toBe(0);
    const found = [...result.stdout.matchAll(/SUCCESS: (\d+) rules found/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(found).toBe(alerts.length);
  });

  type Scrape = { job_name: string; authorization?: { credentials_file?: string }; static_configs?: { targets: string[]; labels?: Record<string, string> }[] };

  // prometheus.yml as the container renders it (render-config.sh), its rules and secret pointed at local files.
  async function renderedPrometheus(env: Record<string, string>, name: string) {
    const rendered = await render(prometheusYml, env);
    expect(rendered.code, rendered.output).toBe(0);
    const config = parse(rendered.text) as { rule_files: string[]; scrape_configs: Scrape[] };
    // compose.yaml mounts docker/prometheus/rules there
    expect(config.rule_files).toEqual(["/etc/prometheus/rules/*.yml"]);
    config.rule_files = [path.join(rulesDir, "*.yml")];
    return { config, file: withLocalSecrets(stringify(config), tmp, name) };
  }

  it.for([
    ["with the redis and ha profiles", FULL_ENV],
    ["without profiles", { ...FULL_ENV, COMPOSE_PROFILES: "" }],
  ] as const)("check config: the rendered prometheus.yml %s, with the repo's rules", async ([label, env], ctx) => {
    requireBinaries(ctx, [PROMTOOL]);
    const { config, file } = await renderedPrometheus(env, `prometheus-${label.length}.yml`);
    const result = await run("promtool", ["check", "config", file]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain(`SUCCESS: ${ruleFiles.length} rule files found`);
    const targets = (job: string) => config.scrape_configs.find((j) => j.job_name === job)?.static_configs?.flatMap((c) => c.targets) ?? [];
    // A static Redis target (a dead exporter is a TargetDown), present only with the profile that runs it.
    expect(targets("redis")).toEqual(env.COMPOSE_PROFILES.includes("redis") ? ["redis-exporter:9121"] : []);
    expect(targets("vigie")).toEqual(env.COMPOSE_PROFILES.includes("ha") ? ["vigie:3000", "vigie-2:3000"] : ["vigie:3000"]);
    expect(targets("blackbox-public")).toEqual(["https://vigie.example.org/api/health", "https://vigie.example.org/grafana/api/health"]);
    // Vigie's /api/metrics is behind METRICS_TOKEN: Prometheus sends the secret
    expect((parse(fs.readFileSync(file, "utf8")) as { scrape_configs: Scrape[] }).scrape_configs.find((j) => j.job_name === "vigie")?.authorization?.credentials_file).toMatch(/secret-vigie_metrics_token$/);
    // Every target says which host it runs on: Alertmanager's HostDown → TargetDown inhibition compares it.
    for (const job of config.scrape_configs) for (const c of job.static_configs ?? []) expect(c.labels?.host, job.job_name).toBe("docker-host");
  });

  it("render-config.sh refuses a missing variable and a value that would break the YAML", async () => {
    const missing = await render(prometheusYml, { COMPOSE_PROFILES: "" });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("VIGIE_URL is not set");
    const quoted = await render(prometheusYml, { VIGIE_URL: 'https://x.example.org" evil: "y' });
    expect(quoted.code).not.toBe(0);
    expect(quoted.stderr).toContain("VIGIE_URL holds a double quote");
  });

  it("test rules: the unit tests of the alert rules pass", async (ctx) => {
    requireBinaries(ctx, [PROMTOOL]);
    const result = await run("promtool", ["test", "rules", unitTests], { timeoutMs: 60_000 });
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("SUCCESS");
  }, 70_000);
});

describe("the rules' unit tests (tests/rules.test.yml)", () => {
  it("load every rule file", () => {
    expect(unitTestFile.rule_files).toEqual(["../rules/*.yml"]);
  });

  it.each(alerts.map((a) => [a.alert, a] as const))("cover %s firing and not firing", (name, rule) => {
    const mine = alertTests.filter((t) => t.alertname === name);
    const firing = mine.filter((t) => (t.exp_alerts ?? []).length > 0);
    expect(firing.length, `${name}: no test where it fires`).toBeGreaterThan(0);
    // promtool compares labels and annotations in full; check here that the ones Vigie needs are spelled out
    for (const t of firing)
      for (const a of t.exp_alerts ?? []) {
        for (const label of ["severity", "category", "risk"]) expect(a.exp_labels?.[label], `${name} @${t.eval_time}: ${label}`).toBe(rule.labels?.[label]);
        expect(Object.keys(a.exp_annotations ?? {}).sort()).toEqual(Object.keys(rule.annotations ?? {}).sort());
      }
    // A rule that always fires (the Watchdog) has no "not firing" case.
    if (rule.expr.trim() !== "vector(1)") expect(mine.some((t) => (t.exp_alerts ?? []).length === 0), `${name}: no test where it does not fire`).toBe(true);
  });
});

describe("amtool", () => {
  // alertmanager.yml as the container renders it, its secrets (tokens, SMTP password) pointed at temp files.
  async function alertmanagerCopy(env: Record<string, string> = FULL_ENV): Promise<string> {
    expect(fs.readFileSync(alertmanagerYml, "utf8")).toContain("credentials_file: /run/secrets/vigie_alertmanager_token");
    const rendered = await render(alertmanagerYml, env);
    expect(rendered.code, rendered.output).toBe(0);
    return withLocalSecrets(rendered.text, tmp, `alertmanager-${Object.keys(env).length}.yml`);
  }

  it("check-config: the rendered alertmanager.yml is valid, with SMTP and the external heartbeat", async (ctx) => {
    requireBinaries(ctx, [AMTOOL]);
    const file = await alertmanagerCopy();
    const result = await run("amtool", ["check-config", file]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("SUCCESS");
    const config = parse(fs.readFileSync(file, "utf8")) as { global: Record<string, unknown>; receivers: { name: string; email_configs?: { to: string }[]; webhook_configs?: { url: string; send_resolved?: boolean }[] }[] };
    // the relay and the admins from docker/.env; the password from the smtp_password secret, with STARTTLS
    expect(config.global).toMatchObject({ smtp_smarthost: "smtp.example.org:587", smtp_from: "alertmanager@example.org", smtp_auth_username: "alerts@example.org", smtp_require_tls: true });
    expect(String(config.global.smtp_auth_password_file)).toMatch(/secret-smtp_password$/);
    expect(config.receivers.find((r) => r.name === "vigie-and-admins")?.email_configs?.[0]?.to).toBe(FULL_ENV.ADMIN_EMAILS);
    const heartbeat = config.receivers.find((r) => r.name === "external-heartbeat")?.webhook_configs?.[0];
    expect(heartbeat).toMatchObject({ url: FULL_ENV.HEARTBEAT_URL, send_resolved: false });
  });

  it("check-config: without SMTP_HOST and HEARTBEAT_URL, no email and no external heartbeat, still valid", async (ctx) => {
    requireBinaries(ctx, [AMTOOL]);
    const file = await alertmanagerCopy({ VIGIE_URL: FULL_ENV.VIGIE_URL as string });
    const result = await run("amtool", ["check-config", file]);
    expect(result.code, result.output).toBe(0);
    const text = fs.readFileSync(file, "utf8");
    expect(text).not.toMatch(/smtp_|email_configs|external-heartbeat/);
    const routed = await run("amtool", ["config", "routes", "test", `--config.file=${file}`, "alertname=Watchdog", "severity=none"]);
    expect(routed.stdout.trim()).toBe("vigie-heartbeat");
  });

  it.for([
    ["the Watchdog goes to the external heartbeat and to Vigie's heartbeat receiver", ["alertname=Watchdog", "severity=none", "risk=R1"], "external-heartbeat,vigie-heartbeat"],
    ["critical alerts go to Vigie and the admins' email", ["alertname=PostgresDown", "severity=critical", "category=service"], "vigie-and-admins"],
    ["other alerts go to Vigie", ["alertname=HighCpuUsage", "severity=warning", "category=resource"], "vigie"],
    ["high alerts go to Vigie", ["alertname=TargetDown", "severity=high", "category=server"], "vigie"],
  ] as const)("routes: %s", async ([, labels, receiver], ctx) => {
    requireBinaries(ctx, [AMTOOL]);
    const result = await run("amtool", ["config", "routes", "test", `--config.file=${await alertmanagerCopy()}`, `--verify.receivers=${receiver}`, ...labels]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout.trim()).toBe(receiver);
  });
});
