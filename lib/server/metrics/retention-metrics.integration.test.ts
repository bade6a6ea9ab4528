import { expect, it } from "vitest";
import { recordRetentionRun } from "@/lib/server/retention/record-retention-run";
import { testDb } from "@/test/support/db";
import { renderMetrics } from "./prometheus";

// Retention's runs for Prometheus: what each job removed in total, and when it last ran (an alert can say "the
// prune has not run for a day").
const value = (body: string, name: string, job: string) => Number(new RegExp(`^${name}\\{job="${job}"\\} (\\S+)$`, "m").exec(body)?.[1]);

it("exposes what each retention job removed and when it last ran", async () => {
  const before = (await renderMetrics()).body;
  const at = new Date("2026-11-30T03:00:00Z");
  await recordRetentionRun(testDb(), { bodies: 3, at });
  await recordRetentionRun(testDb(), { bodies: 2, at });
  await recordRetentionRun(testDb(), { tickets: 4, at: new Date("2026-11-30T03:10:00Z") });
  const after = (await renderMetrics()).body;
  expect(value(after, "vigie_retention_removed_total", "bodies")).toBe((value(before, "vigie_retention_removed_total", "bodies") || 0) + 5);
  expect(value(after, "vigie_retention_removed_total", "tickets")).toBe((value(before, "vigie_retention_removed_total", "tickets") || 0) + 4);
  expect(value(after, "vigie_retention_last_run_timestamp_seconds", "bodies")).toBe(at.getTime() / 1000);
  expect(value(after, "vigie_retention_last_run_timestamp_seconds", "tickets")).toBe(Date.parse("2026-11-30T03:10:00Z") / 1000);
});
