import { expect, it } from "vitest";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { getReconciliation } from "./get-reconciliation";
import { KEEP_RUNS, recordRun } from "./record-run";

it("shows admins the last run, what it changed and each Alertmanager's reachability; refuses others", async () => {
  const admin = await actorWithRole("ADMIN");
  const before = await getReconciliation({ actor: admin });
  await recordRun(testDb(), {
    startedAt: new Date(), durationMs: 12.4, unroutable: 1, error: null,
    snapshots: [{ url: "http://am-1:9093", ok: true, groups: [], alerts: 7 }, { url: "http://am-2:9093", ok: false, error: "fetch failed" }],
    changes: [{ direction: "resolved", ticketId: null, fingerprint: "f1", alertname: "DiskFull", groupKey: '{}:{alertname="DiskFull"}' }, { direction: "ingested", ticketId: null, fingerprint: "f2", alertname: "HostDown", groupKey: '{}:{alertname="HostDown"}' }],
  });
  const view = await getReconciliation({ actor: admin });
  expect(view.last).toMatchObject({ durationMs: 12, alertsSeen: 7, resolved: 1, ingested: 1, error: expect.stringContaining("1 alert(s) not ingested") });
  expect(view.last!.reachable).toEqual([{ url: "http://am-1:9093", ok: true, alerts: 7 }, { url: "http://am-2:9093", ok: false, error: "fetch failed" }]);
  expect(view.last!.changes.map((c) => c.direction)).toEqual(["resolved", "ingested"]);
  expect(view.state.resolvedTotal).toBe(before.state.resolvedTotal + 1);
  await expect(getReconciliation({ actor: await actorWithRole("OBSERVER") })).rejects.toThrow();
});

it(`keeps only the last ${KEEP_RUNS} runs`, async () => {
  for (let i = 0; i < KEEP_RUNS + 3; i += 50) {
    await Promise.all(Array.from({ length: 50 }, () => recordRun(testDb(), { startedAt: new Date(), durationMs: 1, snapshots: [], changes: [], unroutable: 0, error: null })));
  }
  expect(await testDb().reconciliationRun.count()).toBeLessThanOrEqual(KEEP_RUNS + 50);
  await recordRun(testDb(), { startedAt: new Date(), durationMs: 1, snapshots: [], changes: [], unroutable: 0, error: null });
  expect(await testDb().reconciliationRun.count()).toBe(KEEP_RUNS);
});
