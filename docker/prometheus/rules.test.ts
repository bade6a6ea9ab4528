import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runbookAnchor, runbooks } from "@/lib/domain/runbooks";
import { categoryFromLabel, riskCodesFromLabel } from "@/lib/domain/alerts/mapping";

type Rule = { alert: string; expr: string; labels?: Record<string, string>; annotations?: Record<string, string> };
const dir = path.join(import.meta.dirname, "rules");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".yml"));
const groups = files.flatMap((f) => (parse(fs.readFileSync(path.join(dir, f), "utf8")) as { groups: { name: string; rules: Rule[] }[] }).groups);
const rules = groups.flatMap((g) => g.rules.map((r) => ({ ...r, group: g.name })));

describe("the shipped alert rules", () => {
  it("come in the plan's three groups plus the Watchdog", () => {
    expect(groups.map((g) => g.name).sort()).toEqual(["resource-consumption", "server-state", "service-state", "watchdog"]);
  });

  it.each(rules.filter((r) => r.alert !== "Watchdog"))("$alert carries what Vigie needs to classify it", (rule) => {
    expect(rule.labels?.severity).toMatch(/^(critical|high|warning|info)$/);
    expect(categoryFromLabel(rule.labels?.category)).not.toBeNull();
    if (rule.labels?.risk) expect(riskCodesFromLabel(rule.labels.risk)).toHaveLength(1);
    expect(rule.annotations?.summary).toBeTruthy();
    expect(rule.annotations?.description).toBeTruthy();
    expect(rule.annotations?.runbook_url).toBe(`/runbooks#${runbookAnchor(rule.alert)}`);
  });

  it("have a runbook each, and every runbook a rule, in the same group", () => {
    expect(rules.map((r) => `${r.group}/${r.alert}`).sort()).toEqual(runbooks.map((r) => `${r.group}/${r.alert}`).sort());
  });

  it("mark the Watchdog as risk R1", () => {
    expect(rules.find((r) => r.alert === "Watchdog")?.labels).toMatchObject({ risk: "R1", severity: "none" });
  });
});
