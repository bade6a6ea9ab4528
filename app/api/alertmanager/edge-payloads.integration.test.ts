import { beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { POST } from "./route";

// What Alertmanager can legitimately send and PostgreSQL cannot hold as is: each was a 500 (retried for ever,
// blocking the whole group). Each is now a 200 that stores every alert it can.
const post = async (body: unknown, init?: Parameters<typeof webhookRequest>[1]) => {
  const response = await POST(webhookRequest(body, init));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const alertsOf = (groupKey: string) => testDb().alert.findMany({ where: { groupKey }, orderBy: { fingerprint: "asc" } });
const deliveriesOf = (groupKey: string) => testDb().webhookDelivery.findMany({ where: { groupKey }, orderBy: { receivedAt: "asc" } });

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  delete process.env.WEBHOOK_MAX_BYTES;
  resetEnv();
});

describe("text PostgreSQL cannot store", () => {
  it("stores a delivery mixing one alert with a NUL and a clean one: both kept, the NUL shown as U+FFFD", async () => {
    const g = uniqueGroup();
    const dirty = g.alert({ instance: "a:1", labels: { job: "no\u0000de" }, annotations: { summary: "down\u0000" } });
    const clean = g.alert({ instance: "b:1" });
    const { status, body } = await post(g.payload([dirty, clean]));
    expect(status).toBe(200);
    expect(body).toMatchObject({ decision: "open", fresh: 2 });
    const alerts = await alertsOf(g.groupKey);
    expect(alerts).toHaveLength(2);
    const stored = alerts.find((a) => (a.labels as Record<string, string>).instance === "a:1")!;
    expect(stored.labels).toMatchObject({ job: "no\uFFFDde" });
    expect(stored.annotations).toMatchObject({ summary: "down\uFFFD" });
    const [delivery] = await deliveriesOf(g.groupKey);
    expect(JSON.stringify(delivery!.payload)).toContain("no\uFFFDde");
  });

  it.each([
    ["a lone surrogate in a label", { labels: { job: "x\ud800" } }, "x\uFFFD"],
    ["a lone low surrogate in a label", { labels: { job: "\udfffy" } }, "\uFFFDy"],
    ["a NUL in a label name", { labels: { "jo\u0000b": "v" } }, undefined],
  ])("stores %s", async (_name, overrides, job) => {
    const g = uniqueGroup();
    expect((await post(g.payload([g.alert(overrides)]))).status).toBe(200);
    const [alert] = await alertsOf(g.groupKey);
    if (job) expect((alert!.labels as Record<string, string>).job).toBe(job);
    else expect(alert!.labels).toHaveProperty("jo\uFFFDb", "v");
  });

  it("stores a NUL in the groupKey under its visible form, and the next delivery finds the same ticket", async () => {
    const g = uniqueGroup();
    const groupKey = `${g.groupKey}\u0000`;
    const first = await post(g.payload([g.alert({ instance: "a:1" })], { groupKey }));
    const second = await post(g.payload([g.alert({ instance: "b:1" })], { groupKey }));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toMatchObject({ decision: "join", ticketId: first.body.ticketId });
    expect(await alertsOf(`${g.groupKey}\uFFFD`)).toHaveLength(2);
  });

  it("stores a groupKey longer than an index entry can hold, one ticket for the group", async () => {
    const g = uniqueGroup();
    const groupKey = `${g.groupKey}{instance="${"x".repeat(6_000)}"}`;
    const first = await post(g.payload([g.alert({ instance: "a:1" })], { groupKey }));
    const second = await post(g.payload([g.alert({ instance: "b:1" })], { groupKey }));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toMatchObject({ decision: "join", ticketId: first.body.ticketId });
  });

  it.each([["constructor"], ["__proto__"], ["toString"]])("classifies severity %s as a warning on a new group", async (severity) => {
    const g = uniqueGroup({ severity });
    const { status, body } = await post(g.payload([g.alert()]));
    expect(status).toBe(200);
    const ticket = await testDb().ticket.findUniqueOrThrow({ where: { id: body.ticketId as string } });
    expect(ticket.urgency).toBe(3);
  });

  it("keeps a label named __proto__ as a label", async () => {
    const g = uniqueGroup();
    const alert = g.alert();
    const raw = JSON.stringify(g.payload([alert])).replace('"labels":{', '"labels":{"__proto__":"odd",');
    expect((await post(null, { raw })).status).toBe(200);
    const [stored] = await alertsOf(g.groupKey);
    expect(Object.hasOwn(stored!.labels as object, "__proto__")).toBe(true);
  });
});

describe("dates PostgreSQL's timestamp(3) cannot hold", () => {
  it.each([
    ["startsAt in year 0", { startsAt: "0000-01-01T00:00:00Z" }],
    ["startsAt in year 10000", { startsAt: "+010000-01-01T00:00:00Z" }],
    ["startsAt in year -1", { startsAt: "-000001-01-01T00:00:00Z" }],
    ['startsAt "99999"', { startsAt: "99999" }],
    ["endsAt in year 10000", { status: "resolved" as const, endsAt: "+010000-01-01T00:00:00Z" }],
  ])("sets aside the alert with %s, records it on the delivery, stores the rest and answers 200", async (_name, overrides) => {
    const g = uniqueGroup();
    const before = await testDb().webhookRejection.findUnique({ where: { reason: "alert_out_of_range" } });
    const { status, body } = await post(g.payload([g.alert({ instance: "good:1" }), g.alert({ instance: "bad:1", ...overrides })]));
    expect(status).toBe(200);
    expect(body).toMatchObject({ fresh: 1, rejectedAlerts: 1 });
    const alerts = await alertsOf(g.groupKey);
    expect(alerts.map((a) => (a.labels as Record<string, string>).instance)).toEqual(["good:1"]);
    const [delivery] = await deliveriesOf(g.groupKey);
    expect(delivery!.rejectedAlerts).toEqual([{ index: 1, fingerprint: expect.any(String), reason: expect.stringMatching(/outside the years 0001–9999/) }]);
    expect(JSON.stringify(delivery!.payload)).toContain("bad:1"); // the raw body keeps it
    const after = await testDb().webhookRejection.findUniqueOrThrow({ where: { reason: "alert_out_of_range" } });
    expect(after.count).toBe((before?.count ?? 0) + 1);
  });

  it("sets aside a Watchdog dated in year 0 too, without counting it as a beat", async () => {
    const { status, body } = await post({
      ...uniqueGroup().payload([]),
      groupKey: '{}/{alertname="Watchdog"}:{alertname="Watchdog"}',
      alerts: [{ status: "firing", labels: { alertname: "Watchdog" }, annotations: {}, startsAt: "0000-01-01T00:00:00Z", endsAt: "0001-01-01T00:00:00Z", generatorURL: "", fingerprint: "year0watchdog" }],
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ decision: "empty", rejectedAlerts: 1 });
  });
});

describe("numbers and sizes", () => {
  it("bounds truncatedAlerts to the 32-bit column", async () => {
    const g = uniqueGroup();
    expect((await post(g.payload([g.alert()], { truncatedAlerts: 2_147_483_648 }))).status).toBe(200);
    const [delivery] = await deliveriesOf(g.groupKey);
    expect(delivery!.truncatedAlerts).toBe(2_147_483_647);
  });

  it("refuses a body nested 100,000 deep with a 400 that writes nothing but its count", async () => {
    const g = uniqueGroup();
    const before = await testDb().webhookRejection.findUnique({ where: { reason: "too_deep" } });
    const raw = JSON.stringify(g.payload([g.alert()])).replace(/}$/, `,"newField":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}`);
    const { status, body } = await post(null, { raw });
    expect(status).toBe(400);
    expect(String(body.error)).toMatch(/deeper than 32 levels/);
    expect(await deliveriesOf(g.groupKey)).toHaveLength(0);
    const after = await testDb().webhookRejection.findUniqueOrThrow({ where: { reason: "too_deep" } });
    expect(after.count).toBe((before?.count ?? 0) + 1);
  });

  it.each([[2_500], [10_000]])("stores one group of %i alerts of about 600 bytes (a HostDown storm) in one delivery", async (count) => {
    const g = uniqueGroup();
    const { hostDownAlert, rawPayload } = await import("@/test/fixtures/alerts");
    const alerts = Array.from({ length: count }, (_, i) => hostDownAlert(i, { fingerprint: `${g.id}${i.toString(16).padStart(8, "0")}` }));
    const raw = JSON.stringify(rawPayload(alerts, { groupKey: g.groupKey }));
    global.gc?.();
    const rss = process.memoryUsage();
    const started = performance.now();
    const { status, body } = await post(null, { raw });
    const ms = Math.round(performance.now() - started);
    const after = process.memoryUsage();
    console.info(`${count} alerts, ${raw.length} bytes: ${status} in ${ms} ms; heap +${Math.round((after.heapUsed - rss.heapUsed) / 1e6)} MB, rss +${Math.round((after.rss - rss.rss) / 1e6)} MB`);
    expect(status).toBe(200);
    expect(raw.length).toBeGreaterThan(1024 * 1024);
    expect(body).toMatchObject({ decision: "open", fresh: count });
    expect(await testDb().alert.count({ where: { groupKey: g.groupKey } })).toBe(count);
    expect(ms).toBeLessThan(20_000);
  });
});
