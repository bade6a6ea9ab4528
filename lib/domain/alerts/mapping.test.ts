import { describe, expect, it } from "vitest";
import { categoryFromLabel, classifyAlerts, riskCodesFromLabel, runbookFor, titleFor, urgencyFromSeverity } from "./mapping";

describe("label mapping", () => {
  it.each([
    ["critical", 5], ["Critical", 5], ["page", 5], ["high", 4], ["error", 4], ["warning", 3],
    ["low", 2], ["info", 1], ["none", 1], [undefined, 3], ["bogus", 3],
    // Untrusted label values never reach Object.prototype.
    ["constructor", 3], ["__proto__", 3], ["toString", 3], ["hasOwnProperty", 3],
  ] as const)("severity %s → urgency %i", (severity, urgency) => {
    expect(urgencyFromSeverity(severity)).toBe(urgency);
  });

  it.each([
    ["server", "SERVER"], ["service", "SERVICE"], ["Resource", "RESOURCE"], ["security", "SECURITY"], ["disk", null], [undefined, null],
  ] as const)("category %s → %s", (label, category) => {
    expect(categoryFromLabel(label)).toBe(category);
  });

  it.each([
    ["R3", ["R3"]], ["r1, R3", ["R1", "R3"]], ["R3,R3", ["R3"]], ["risk-3", []], ["", []], [undefined, []],
  ] as const)("risk %s → %j", (label, codes) => {
    expect(riskCodesFromLabel(label)).toEqual(codes);
  });

  it.each([
    [{ labels: { alertname: "X" }, annotations: { summary: "  Disk full  " } }, "Disk full"],
    [{ labels: { alertname: "HostDown", instance: "web-1:9100" }, annotations: {} }, "HostDown on web-1:9100"],
    [{ labels: { alertname: "HostDown", job: "node" }, annotations: {} }, "HostDown on node"],
    [{ labels: {}, annotations: {} }, "Alert"],
  ])("title of %j is %s", (alert, title) => {
    expect(titleFor(alert)).toBe(title);
  });

  it("keeps only http(s) runbooks", () => {
    expect(runbookFor({ labels: {}, annotations: { runbook_url: "https://r.example/x" } })).toBe("https://r.example/x");
    expect(runbookFor({ labels: {}, annotations: { runbook_url: "javascript:alert(1)" } })).toBeNull();
    expect(runbookFor({ labels: {}, annotations: { runbook_url: "/runbooks#postgresdown" } })).toBe("/runbooks#postgresdown");
    expect(runbookFor({ labels: {}, annotations: { runbook_url: "//evil.example/x" } })).toBeNull();
  });

  it("classifies a group by its most urgent alert", () => {
    const result = classifyAlerts([
      { labels: { severity: "warning", category: "resource" }, annotations: {} },
      { labels: { severity: "critical", risk: "R5" }, annotations: {} },
    ]);
    expect(result).toEqual({ urgency: 5, category: "RESOURCE", riskCodes: ["R5"] });
  });
});
