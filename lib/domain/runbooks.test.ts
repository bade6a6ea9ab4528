import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { runbooks } from "./runbooks";

// The runbooks' texts live in the message files: every runbook has them in both languages, and nothing else does.
describe.each(["en", "fr"] as const)("runbook texts (%s)", (locale) => {
  const alerts = messages[locale].runbooks.alerts as Record<string, { meaning: string; check: Record<string, string>; fix: Record<string, string> }>;

  it.each(runbooks.map((r) => r.alert))("%s says what it means, what to check and how to fix it", (alert) => {
    expect(alerts[alert]?.meaning.trim()).toBeTruthy();
    expect(Object.values(alerts[alert]!.check).filter((c) => c.trim()).length).toBeGreaterThan(0);
    expect(Object.values(alerts[alert]!.fix).filter((f) => f.trim()).length).toBeGreaterThan(0);
  });

  it("hold no text for an alert without a runbook", () => {
    expect(Object.keys(alerts).sort()).toEqual(runbooks.map((r) => r.alert).sort());
  });
});
