import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { POST } from "@/app/api/alertmanager/route";
import { resetEnv } from "@/lib/env";
import { rawAlert, rawPayload, type RawAlert } from "@/test/fixtures/alerts";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { activeAdminAddresses, newIncidentNotices } from "@/test/support/notices";
import { TEST_ALERTMANAGER_TOKEN, webhookRequest } from "@/test/support/webhook";

// Issue 10, section 2: routes with `continue: true` deliver one occurrence under two groupKeys, often within
// the same millisecond. An occurrence belongs to one ticket; a group bringing only occurrences another
// ticket owns opens none.
beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  delete process.env.SMTP_URL;
  resetEnv();
});

function twoRoutes(count: number) {
  const id = randomUUID().slice(0, 8);
  const alertname = `Overlap_${id}`;
  const alerts = Array.from({ length: count }, (_, i) =>
    rawAlert({ fingerprint: `${id}-${String(i).padStart(3, "0")}`, labels: { alertname, instance: `host-${i}:9100`, severity: "critical" } }));
  const keys = [`{}/{severity="critical"}:{alertname="${alertname}"}`, `{}:{alertname="${alertname}"}`];
  const payload = (groupKey: string, list: RawAlert[]) => rawPayload(list, { groupKey, groupLabels: { alertname } });
  return { alerts, keys, payload };
}

const post = async (body: unknown) => (await POST(webhookRequest(body))).status;
const ticketsOf = (keys: string[]) =>
  testDb().ticket.findMany({ where: { groupKey: { in: keys } }, include: { alerts: true, _count: { select: { outboxEmails: true } } } });

it("opens one ticket, never an empty one, for concurrent deliveries of the same alerts under two groupKeys", async () => {
  for (let round = 0; round < 8; round++) {
    const { alerts, keys, payload } = twoRoutes(20);
    const statuses = await Promise.all(keys.map((k) => post(payload(k, alerts))));
    expect(statuses).toEqual([200, 200]);
    const tickets = await ticketsOf(keys);
    expect(tickets.map((t) => t.alerts.length)).toEqual([20]);
    expect(await newIncidentNotices(tickets[0]!.id)).toEqual(await activeAdminAddresses());
    expect(await testDb().alert.count({ where: { fingerprint: { in: alerts.map((a) => a.fingerprint) } } })).toBe(20);
  }
});

it("splits partly overlapping groups so that each occurrence has one ticket and each ticket its own alerts", async () => {
  for (let round = 0; round < 5; round++) {
    const { alerts, keys, payload } = twoRoutes(30);
    // 0–19 in the first group, 10–29 in the second: 10 shared.
    await Promise.all([post(payload(keys[0]!, alerts.slice(0, 20))), post(payload(keys[1]!, alerts.slice(10)))]);
    const tickets = await ticketsOf(keys);
    expect(tickets.length).toBeGreaterThanOrEqual(1);
    for (const t of tickets) expect(t.alerts.length).toBeGreaterThan(0);
    expect(tickets.reduce((n, t) => n + t.alerts.length, 0)).toBe(30);
    for (const t of tickets) expect(await newIncidentNotices(t.id)).toEqual(await activeAdminAddresses());
  }
});

it("clears the owner's signal when the other group delivers the resolution", async () => {
  const { alerts, keys, payload } = twoRoutes(2);
  await Promise.all(keys.map((k) => post(payload(k, alerts))));
  const resolved = alerts.map((a) => ({ ...a, status: "resolved" as const, endsAt: "2026-11-26T10:09:00Z" }));
  const [owner] = await ticketsOf(keys);
  const other = keys.find((k) => k !== owner!.groupKey)!;
  expect(await post(payload(other, resolved))).toBe(200);
  const after = await ticketsOf(keys);
  expect(after.map((t) => [t.id, t.signal])).toEqual([[owner!.id, "RESOLVED"]]);
  expect(after[0]!.alerts.every((a) => a.status === "RESOLVED")).toBe(true);
});
