import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import { missingMessage, requireBinaries } from "@/docker/testing/native";
import { receiverSnippet } from "@/lib/domain/alerts/receiver-config";
import { resetEnv } from "@/lib/env";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { actorWithRole } from "@/test/support/actors";
import { startAlertmanager } from "@/test/support/alertmanager";
import { testDb } from "@/test/support/db";
import { startWebhookServer } from "@/test/support/webhook-server";
import { waitFor } from "@/scripts/lib/net";

// The snippet the API tokens page shows, with a token created in the app, run as is by a real Alertmanager 0.25:
// its deliveries reach the webhook, are accepted, and open a ticket. Only the route's timers are shortened.
const ALERTMANAGER = { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" };
let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;
let vigie: Awaited<ReturnType<typeof startWebhookServer>> | undefined;
const envToken = process.env.ALERTMANAGER_TOKEN;

beforeAll(async () => {
  // Only the token created below may let the deliveries in.
  delete process.env.ALERTMANAGER_TOKEN;
  resetEnv();
  vigie = await startWebhookServer();
  const admin = await actorWithRole("ADMIN");
  const { token } = await createApiToken({ actor: admin, input: { name: `am-${randomUUID().slice(0, 8)}`, purpose: "ALERTMANAGER" } });
  const config = parse(receiverSnippet({ baseUrl: new URL(vigie.url).origin, credentials: { token } })) as { route: Record<string, unknown> };
  if (!missingMessage([ALERTMANAGER])) {
    am = await startAlertmanager({ ...config, route: { ...config.route, group_wait: "1s", group_interval: "1s", repeat_interval: "1h" } });
  }
});

afterAll(async () => {
  if (envToken === undefined) delete process.env.ALERTMANAGER_TOKEN;
  else process.env.ALERTMANAGER_TOKEN = envToken;
  resetEnv();
  await am?.stop();
  await vigie?.close();
});

it("delivers to the webhook with the app's token, one group per alert name and job, into one ticket", async (ctx) => {
  requireBinaries(ctx, [ALERTMANAGER]);
  const alertname = `Snippet_${randomUUID().slice(0, 8)}`;
  await am!.push(["a:1", "b:1"].map((instance) => ({ labels: { alertname, job: "node", instance, severity: "high" } })));

  await waitFor("a delivery of the group", async () => vigie!.received.some((r) => r.body.groupKey?.includes(alertname)), 15_000);
  const deliveries = vigie!.received.filter((r) => r.body.groupKey?.includes(alertname));
  expect(deliveries.map((d) => d.status)).toEqual(deliveries.map(() => 200));
  expect(deliveries[0]!.body.groupKey).toContain(`alertname="${alertname}"`);
  expect(deliveries[0]!.body.groupKey).toContain('job="node"');
  const stored = () => testDb().alert.findMany({ where: { alertname } });
  await waitFor("both alerts stored", async () => (await stored()).length === 2, 15_000);
  const alerts = await stored();
  expect(new Set(alerts.map((a) => a.ticketId)).size).toBe(1);
  expect(alerts[0]!.ticketId).not.toBeNull();
});
