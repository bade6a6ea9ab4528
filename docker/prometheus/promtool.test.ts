// The shipped Prometheus and Alertmanager configuration, checked by the real tools (Debian's `prometheus` and
// `prometheus-alertmanager` packages): promtool check rules / check config / test rules, amtool check-config and
// the Alertmanager routing tree. Missing tools skip these tests, or fail them under CI=true.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { AMTOOL, PROMTOOL, requireBinaries, run } from "../testing/native";

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

  it("check config: prometheus.yml, with its rule_files pointed at the repo's rules", async (ctx) => {
    requireBinaries(ctx, [PROMTOOL]);
    const config = parse(fs.readFileSync(prometheusYml, "utf8")) as { rule_files: string[] };
    // compose.yaml mounts docker/prometheus/rules there
    expect(config.rule_files).toEqual(["/etc/prometheus/rules/*.yml"]);
    config.rule_files = [path.join(rulesDir, "*.yml")];
    const copy = path.join(tmp, "prometheus.yml");
    fs.writeFileSync(copy, stringify(config));
    const result = await run("promtool", ["check", "config", copy]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain(`SUCCESS: ${ruleFiles.length} rule files found`);
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
  // alertmanager.yml reads the bearer token from the Docker secret; point a copy at a temp file.
  function alertmanagerCopy(): string {
    const token = path.join(tmp, "vigie_alertmanager_token");
    fs.writeFileSync(token, "a-test-token-of-32-characters-xx\n", { mode: 0o600 });
    const text = fs.readFileSync(alertmanagerYml, "utf8");
    expect(text).toContain("credentials_file: /run/secrets/vigie_alertmanager_token");
    const copy = path.join(tmp, "alertmanager.yml");
    fs.writeFileSync(copy, text.replaceAll("/run/secrets/vigie_alertmanager_token", token));
    return copy;
  }

  it("check-config: alertmanager.yml is valid", async (ctx) => {
    requireBinaries(ctx, [AMTOOL]);
    const result = await run("amtool", ["check-config", alertmanagerCopy()]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("SUCCESS");
  });

  it.for([
    ["the Watchdog goes to the heartbeat receiver", ["alertname=Watchdog", "severity=none", "risk=R1"], "vigie-heartbeat"],
    ["critical alerts go to Vigie and the admins' email", ["alertname=PostgresDown", "severity=critical", "category=service"], "vigie-and-admins"],
    ["other alerts go to Vigie", ["alertname=HighCpuUsage", "severity=warning", "category=resource"], "vigie"],
    ["high alerts go to Vigie", ["alertname=TargetDown", "severity=high", "category=server"], "vigie"],
  ] as const)("routes: %s", async ([, labels, receiver], ctx) => {
    requireBinaries(ctx, [AMTOOL]);
    const result = await run("amtool", ["config", "routes", "test", `--config.file=${alertmanagerCopy()}`, `--verify.receivers=${receiver}`, ...labels]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout.trim()).toBe(receiver);
  });
});
