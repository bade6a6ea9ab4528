import { randomUUID } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// Issue 15: live updates without polling. The list subscribes to /api/events (PostgreSQL LISTEN/NOTIFY); a
// ticket an Alertmanager webhook opens appears in an open list within a second (polling every 5 s could not).
test.setTimeout(60_000);

function delivery(tag: string) {
  const alertname = `Live_${tag}`;
  return {
    receiver: "vigie",
    status: "firing",
    alerts: [{
      status: "firing",
      labels: { alertname, instance: "web-1:9100", severity: "warning", category: "server" },
      annotations: { summary: `${tag} live host web-1 is down` },
      startsAt: new Date(Date.now() - 30_000).toISOString(),
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus:9090/graph",
      fingerprint: `live${tag}`,
    }],
    groupLabels: { alertname },
    commonLabels: {},
    commonAnnotations: {},
    externalURL: "http://alertmanager:9093",
    version: "4",
    groupKey: `{}:{alertname="${alertname}"}`,
    truncatedAlerts: 0,
  };
}

test("a ticket opened by a webhook appears in an open list within 1 s", async ({ page, signIn, baseURL }) => {
  // An observer: the stream is authorised like the pages, and observers read tickets.
  await signIn("soc@vigie.local");
  const stream = page.waitForResponse((r) => r.url().endsWith("/api/events"));
  await page.goto("/tickets");
  expect((await stream).status()).toBe(200);
  await expect(page.getByTestId("ticket-rows")).toBeVisible();

  // Right after the list has fetched: were it polling, it would show the new ticket only 5 s later.
  await page.waitForResponse((r) => new URL(r.url()).pathname === "/api/tickets", { timeout: 10_000 }).catch(() => null);
  await page.waitForTimeout(1_500); // past the stream's "ready" and the first fetch after it
  // Another ticket changed just before (in CI, a repeat of some other alert): the new one must not wait a window.
  const other = await page.request.post(`${baseURL}/api/alertmanager`, {
    headers: { authorization: `Bearer ${process.env.E2E_ALERTMANAGER_TOKEN}`, "user-agent": "Alertmanager/0.25.0" },
    data: delivery(randomUUID().slice(0, 8)),
  });
  expect(other.status()).toBe(200);
  await page.waitForTimeout(400);
  const tag = randomUUID().slice(0, 8);
  const response = await page.request.post(`${baseURL}/api/alertmanager`, {
    headers: { authorization: `Bearer ${process.env.E2E_ALERTMANAGER_TOKEN}`, "user-agent": "Alertmanager/0.25.0" },
    data: delivery(tag),
  });
  expect(response.status()).toBe(200);
  const stored = Date.now();
  await expect(page.getByTestId("ticket-rows").getByText(`${tag} live host web-1 is down`)).toBeVisible({ timeout: 1_000 });
  expect(Date.now() - stored).toBeLessThan(1_000);
});

test("the event stream refuses a client without a session", async ({ baseURL }) => {
  const anonymous = await playwrightRequest.newContext();
  const response = await anonymous.get(`${baseURL}/api/events`);
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});
