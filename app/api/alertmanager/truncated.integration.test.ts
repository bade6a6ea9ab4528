import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { missingMessage, requireBinaries } from "@/docker/testing/native";
import { resetEnv } from "@/lib/env";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { activeAdminAddresses, newIncidentNotices } from "@/test/support/notices";
import { startAlertmanager } from "@/test/support/monitoring-stack";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { startWebhookServer } from "@/test/support/webhook-server";
import { freePort, waitFor } from "@/scripts/lib/net";
import { POST } from "./route";

// A real Alertmanager 0.25 with max_alerts: 1 posts to the webhook route: each delivery carries one alert of the
// group and says how many it cut (truncatedAlerts). The webhook then fetches the rest from Alertmanager's API.
const ALERTMANAGER = { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" };
let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;
let vigie: Awaited<ReturnType<typeof startWebhookServer>> | undefined;

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  vigie = await startWebhookServer();
  // Missing binary: the first test skips (or fails under CI) through requireBinaries.
  if (!missingMessage([ALERTMANAGER])) {
    am = await startAlertmanager({
      route: { receiver: "vigie", group_by: ["alertname"], group_wait: "1s", group_interval: "1s", repeat_interval: "1h" },
      receivers: [{
        name: "vigie",
        webhook_configs: [{ url: vigie.url, send_resolved: true, max_alerts: 1, http_config: { authorization: { type: "Bearer", credentials: TEST_ALERTMANAGER_TOKEN } } }],
      }],
    });
  }
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  if (am) process.env.ALERTMANAGER_URL = am.url;
  resetEnv();
});

afterAll(async () => {
  delete process.env.ALERTMANAGER_URL;
  resetEnv();
  await am?.stop();
  await vigie?.close();
});

it("stores the alerts a truncated delivery left out, fetched from Alertmanager after the 200", async (ctx) => {
  requireBinaries(ctx, [ALERTMANAGER]);
  const alertname = `Truncated_${randomUUID().slice(0, 8)}`;
  await am!.push(["a:1", "b:1", "c:1"].map((instance) => ({ labels: { alertname, job: "node", instance, severity: "high" } })));

  await waitFor("a truncated delivery", async () => vigie!.received.some((r) => r.body.groupKey?.includes(alertname) && r.body.truncatedAlerts === 2), 15_000);
  const first = vigie!.received.find((r) => r.body.groupKey?.includes(alertname))!;
  expect(first).toMatchObject({ status: 200, body: { truncatedAlerts: 2 } });
  expect(first.body.alerts).toHaveLength(1);

  // Every delivery carries the same single alert: the other two can only come from the API.
  const stored = () => testDb().alert.findMany({ where: { alertname } });
  await waitFor("the three alerts stored", async () => (await stored()).length === 3, 15_000);
  const alerts = await stored();
  expect(alerts.map((a) => (a.labels as Record<string, string>).instance).sort()).toEqual(["a:1", "b:1", "c:1"]);
  expect(new Set(alerts.map((a) => a.ticketId)).size).toBe(1);
  expect(alerts[0]!.ticketId).not.toBeNull();
  expect(await testDb().ticket.count({ where: { groupKey: first.body.groupKey } })).toBe(1);
  expect(await newIncidentNotices(alerts[0]!.ticketId!)).toEqual(await activeAdminAddresses());
});

it("answers 200 without waiting for the fetch, and logs its failure in one line", async () => {
  // An "Alertmanager" that accepts connections and never answers, until the test cuts them.
  const sockets: net.Socket[] = [];
  const hung = net.createServer((socket) => sockets.push(socket));
  const port = await freePort();
  await new Promise<void>((resolve) => hung.listen(port, "127.0.0.1", () => resolve()));
  process.env.ALERTMANAGER_URL = `http://127.0.0.1:${port}`;
  resetEnv();
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  try {
    const g = uniqueGroup();
    const started = performance.now();
    const response = await POST(webhookRequest(g.payload([g.alert({ instance: "a:1" })], { truncatedAlerts: 5 })));
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3_000);
    await waitFor("the fetch to start", async () => sockets.length > 0, 5_000);
    expect(warn).not.toHaveBeenCalled();
    for (const s of sockets) s.destroy();
    await waitFor("the failure logged", async () => warn.mock.calls.length > 0, 5_000);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]![0]);
    expect(line).not.toContain("\n");
    expect(line).toContain("truncated delivery");
    expect(line).toContain(g.groupKey.replace(/"/g, '\\"'));
  } finally {
    warn.mockRestore();
    await new Promise<void>((resolve) => hung.close(() => resolve()));
    process.env.ALERTMANAGER_URL = am?.url ?? "";
    if (!am) delete process.env.ALERTMANAGER_URL;
    resetEnv();
  }
});
