import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { POST } from "@/app/api/alertmanager/route";
import { ingestMissing } from "@/lib/server/reconcile/ingest-missing";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { renderMetrics } from "./prometheus";

// vigie_webhook_deliveries_accepted_total counts what Alertmanager delivered; what reconciliation ingests
// (stored as a delivery Vigie built) is counted by vigie_reconciled_alerts_total instead.
const accepted = async () => Number(/^vigie_webhook_deliveries_accepted_total (\d+)$/m.exec((await renderMetrics()).body)![1]);

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  resetEnv();
});

it("counts Alertmanager's deliveries, not the ones reconciliation builds", async () => {
  const before = await accepted();
  const g = uniqueGroup();
  expect((await POST(webhookRequest(g.payload([g.alert({ instance: "a:1" })])))).status).toBe(200);
  expect(await accepted()).toBe(before + 1);

  const lost = uniqueGroup();
  const alert = { fingerprint: randomUUID().replace(/-/g, ""), startsAt: new Date(), state: "active" as const, labels: lost.alert().labels, annotations: {}, generatorURL: "" };
  const changes = await ingestMissing(testDb(), { groups: [{ groupKey: lost.groupKey, receiver: "vigie", labels: { alertname: alert.labels.alertname! }, alerts: [alert] }], unroutable: 0 });
  expect(changes).toHaveLength(1);
  expect(await testDb().webhookDelivery.count({ where: { groupKey: lost.groupKey } })).toBe(1);
  expect(await accepted()).toBe(before + 1);
});
