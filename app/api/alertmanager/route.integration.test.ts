import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { activeAdminAddresses, languagesOf, newIncidentNotices } from "@/test/support/notices";
import { POST } from "./route";

const post = async (body: unknown, init?: Parameters<typeof webhookRequest>[1]) => {
  const response = await POST(webhookRequest(body, init));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const ticketOf = (groupKey: string) =>
  testDb().ticket.findMany({ where: { groupKey }, include: { alerts: true, events: { orderBy: { id: "asc" } } }, orderBy: { number: "asc" } });

const planAdmins: string[] = [];

beforeAll(async () => {
  // The plan's three admins, who get the "new incident" emails.
  for (let i = 0; i < 3; i++) planAdmins.push((await createUserRecord(testDb(), { role: "ADMIN" })).email);
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  delete process.env.SMTP_URL;
  resetEnv();
});

describe("a firing alert", () => {
  it("registers a ticket classified by its labels, with its alert, timeline and an email to the admins", async () => {
    const g = uniqueGroup({ severity: "critical", category: "service", risk: "R3" });
    const { status, body } = await post(g.payload([g.alert()]));
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "stored", decision: "open", fresh: 1 });

    const [ticket, ...others] = await ticketOf(g.groupKey);
    expect(others).toHaveLength(0);
    expect(ticket).toMatchObject({
      step: "REGISTRATION", source: "ALERT", signal: "FIRING", urgency: 5, priority: 5, category: "SERVICE",
      riskCodes: ["R3"], title: "PostgreSQL is down", runbookUrl: "https://runbooks.example.org/postgres-down", openGroupKey: g.groupKey,
    });
    expect(ticket!.alerts).toHaveLength(1);
    expect(ticket!.alerts[0]).toMatchObject({ status: "FIRING", endsAt: null, generatorUrl: expect.stringContaining("pg_up") });
    expect(ticket!.alerts[0]!.labels).toMatchObject({ severity: "critical", instance: "db:9187" });
    expect(ticket!.events.map((e) => e.type)).toEqual(["ticket.registered", "alert.firing"]);
    expect(ticket!.events.every((e) => e.actorKind === "ALERTMANAGER")).toBe(true);

    // One email per language among the admins told at once (another file may leave an admin who reads French:
    // "expected [ { …(15) }, { …(15) } ] to have a length of 1 but got 2"), the first the thread's root.
    const emails = await testDb().outboxEmail.findMany({ where: { ticketId: ticket!.id } });
    const root = `<ticket-${ticket!.id}@localhost>`;
    expect(emails).toHaveLength((await languagesOf(emails.flatMap((e) => e.to))).size);
    for (const email of emails) expect(email).toMatchObject({ kind: "ticket.registered", status: "KEPT", ...(email.messageId === root ? {} : { inReplyTo: root }) });
    // This file's admins had no email yet: at once, in the default language's, the root. Admins an earlier storm
    // emailed within the digest window get it in their digest: every admin is told once.
    expect(emails.find((e) => e.messageId === root)?.to).toEqual(expect.arrayContaining(planAdmins));
    expect(await newIncidentNotices(ticket!.id)).toEqual(await activeAdminAddresses());
  });

  it("joins the group's open ticket when another alert of the group fires", async () => {
    const g = uniqueGroup();
    await post(g.payload([g.alert({ instance: "db-1:9187" })]));
    const second = await post(g.payload([g.alert({ instance: "db-1:9187" }), g.alert({ instance: "db-2:9187" })]));
    expect(second.body).toMatchObject({ decision: "join", fresh: 1, repeated: 1 });
    const tickets = await ticketOf(g.groupKey);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.alerts).toHaveLength(2);
    // One timeline line per delivery, listing its new alerts.
    const firing = tickets[0]!.events.filter((e) => e.type === "alert.firing");
    expect(firing.map((e) => (e.data as { count: number }).count)).toEqual([1, 1]);
    expect((firing[1]!.data as { alerts: { instance: string }[] }).alerts[0]!.instance).toBe("db-2:9187");
  });
});

describe("resolution", () => {
  it("records the end and clears the signal, but leaves the step to a person", async () => {
    const g = uniqueGroup();
    await post(g.payload([g.alert()]));
    const resolved = await post(g.payload([g.alert({ status: "resolved", endsAt: "2026-11-26T10:07:00Z" })]));
    expect(resolved.body).toMatchObject({ decision: "join", resolved: 1 });
    const [ticket] = await ticketOf(g.groupKey);
    expect(ticket).toMatchObject({ step: "REGISTRATION", signal: "RESOLVED" });
    expect(ticket!.alerts[0]).toMatchObject({ status: "RESOLVED", endsAt: new Date("2026-11-26T10:07:00Z") });
    expect(ticket!.events.map((e) => e.type)).toEqual(["ticket.registered", "alert.firing", "alert.resolved", "signal.cleared"]);
  });

  it("handles a payload mixing a resolved alert and a new firing one", async () => {
    const g = uniqueGroup();
    await post(g.payload([g.alert({ instance: "a:1" })]));
    const mixed = await post(g.payload([g.alert({ instance: "a:1", status: "resolved", endsAt: "2026-11-26T10:05:00Z" }), g.alert({ instance: "b:1" })]));
    expect(mixed.body).toMatchObject({ decision: "join", fresh: 1, resolved: 1 });
    const [ticket] = await ticketOf(g.groupKey);
    expect(ticket!.signal).toBe("FIRING");
    expect(ticket!.alerts.map((a) => a.status).sort()).toEqual(["FIRING", "RESOLVED"]);
  });

  it("ignores a late firing copy that arrives after the resolution", async () => {
    const g = uniqueGroup();
    await post(g.payload([g.alert()]));
    await post(g.payload([g.alert({ status: "resolved", endsAt: "2026-11-26T10:07:00Z" })]));
    await post(g.payload([g.alert()]));
    const [ticket] = await ticketOf(g.groupKey);
    expect(ticket).toMatchObject({ signal: "RESOLVED" });
    expect(ticket!.alerts[0]!.status).toBe("RESOLVED");
  });
});

describe("duplicates", () => {
  it("stores an occurrence once however often it is delivered, and keeps every delivery", async () => {
    const g = uniqueGroup();
    const payload = g.payload([g.alert()]);
    for (let i = 0; i < 3; i++) expect((await post(payload)).status).toBe(200);
    const tickets = await ticketOf(g.groupKey);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.alerts).toHaveLength(1);
    expect(tickets[0]!.alerts[0]!.deliveries).toBe(3);
    expect(tickets[0]!.events.filter((e) => e.type === "alert.firing")).toHaveLength(1);
    expect(await testDb().webhookDelivery.count({ where: { groupKey: g.groupKey } })).toBe(3);
  });

  it("opens exactly one ticket for 20 concurrent identical deliveries", async () => {
    const g = uniqueGroup();
    const payload = g.payload([g.alert({ instance: "x:1" }), g.alert({ instance: "y:1" })]);
    const results = await Promise.all(Array.from({ length: 20 }, () => post(payload)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const tickets = await ticketOf(g.groupKey);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.alerts).toHaveLength(2);
    expect(tickets[0]!.events.filter((e) => e.type === "ticket.registered")).toHaveLength(1);
    expect(await newIncidentNotices(tickets[0]!.id)).toEqual(await activeAdminAddresses());
  });
});

describe("firing again", () => {
  it.each(["SOLUTION", "VALIDATION", "REMEDIATION"] as const)("while the ticket waits in %s sends it back to treatment, flapping", async (step) => {
    const g = uniqueGroup();
    await post(g.payload([g.alert({ startsAt: "2026-11-26T10:00:00Z" })]));
    await post(g.payload([g.alert({ startsAt: "2026-11-26T10:00:00Z", status: "resolved", endsAt: "2026-11-26T10:05:00Z" })]));
    const [before] = await ticketOf(g.groupKey);
    await testDb().ticket.update({ where: { id: before!.id }, data: { step } });

    const again = await post(g.payload([g.alert({ startsAt: "2026-11-26T11:00:00Z" })]));
    expect(again.body).toMatchObject({ decision: "reopen" });
    const [ticket] = await ticketOf(g.groupKey);
    expect(ticket).toMatchObject({ step: "TREATMENT", flapping: true, signal: "FIRING", version: before!.version + 1 });
    expect(ticket!.events.map((e) => e.type)).toContain("ticket.reopened_by_alert");
    expect(ticket!.events.find((e) => e.type === "ticket.reopened_by_alert")!.data).toEqual({ from: step, to: "TREATMENT" });
  });

  it("after closure opens a new ticket linked to the closed one", async () => {
    const g = uniqueGroup();
    await post(g.payload([g.alert({ startsAt: "2026-11-26T10:00:00Z" })]));
    const [closed] = await ticketOf(g.groupKey);
    await testDb().ticket.update({ where: { id: closed!.id }, data: { step: "CLOSURE", openGroupKey: null, closedAt: new Date() } });
    // Alertmanager repeating the old occurrence does not open anything.
    expect((await post(g.payload([g.alert({ startsAt: "2026-11-26T10:00:00Z" })]))).body).toMatchObject({ decision: "ignore" });
    const again = await post(g.payload([g.alert({ startsAt: "2026-11-26T12:00:00Z" })]));
    expect(again.body).toMatchObject({ decision: "open" });
    const tickets = await ticketOf(g.groupKey);
    expect(tickets).toHaveLength(2);
    expect(tickets[1]).toMatchObject({ previousTicketId: closed!.id, step: "REGISTRATION", openGroupKey: g.groupKey });
  });
});

describe("the Watchdog", () => {
  it("is recorded as a heartbeat, not an incident", async () => {
    const before = await testDb().heartbeat.findUnique({ where: { name: "Watchdog" } });
    const watchdog = {
      ...uniqueGroup().payload([]),
      groupKey: '{}/{alertname="Watchdog"}:{alertname="Watchdog"}',
      alerts: [{ status: "firing", labels: { alertname: "Watchdog", severity: "none" }, annotations: { summary: "Alerting pipeline is alive" }, startsAt: "2026-11-26T09:00:00Z", endsAt: "0001-01-01T00:00:00Z", generatorURL: "", fingerprint: "00000000watchdog" }],
    };
    const { status, body } = await post(watchdog);
    expect(status).toBe(200);
    expect(body).toMatchObject({ decision: "heartbeat", ticketId: null });
    const after = await testDb().heartbeat.findUniqueOrThrow({ where: { name: "Watchdog" } });
    expect(after.beats).toBe((before?.beats ?? 0) + 1);
    expect(after.lastSeenAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
    expect(await testDb().ticket.count({ where: { groupKey: watchdog.groupKey } })).toBe(0);
  });
});

describe("refusals", () => {
  const g = uniqueGroup();
  const valid = g.payload([g.alert()]);

  it.each([
    ["no credentials", { token: null }, 401],
    ["a wrong token", { token: "wrong-token-wrong-token" }, 401],
    ["a wrong basic password", { authorization: `Basic ${Buffer.from("alertmanager:nope").toString("base64")}` }, 401],
  ])("refuses %s with %i", async (_name, init, status) => {
    expect((await post(valid, init)).status).toBe(status);
  });

  it("accepts the token as a basic-auth password", async () => {
    const basic = `Basic ${Buffer.from(`alertmanager:${TEST_ALERTMANAGER_TOKEN}`).toString("base64")}`;
    expect((await post(uniqueGroup().payload([uniqueGroup().alert()]), { authorization: basic })).status).toBe(200);
  });

  it.each([
    ["not JSON", { raw: "{not json" }, 400, /not JSON/],
    ["another version", { raw: JSON.stringify({ ...valid, version: "3" }) }, 400, /unsupported payload version/],
    ["a missing field", { raw: JSON.stringify({ ...valid, alerts: [{ status: "firing" }] }) }, 400, /invalid payload: alerts\.0/],
    ["a missing alerts list", { raw: JSON.stringify({ ...valid, alerts: undefined }) }, 400, /invalid payload: alerts/],
    ["a body nested 100,000 deep", { raw: JSON.stringify({ ...valid, extra: 0 }).replace('"extra":0', `"extra":${"[".repeat(100_000)}${"]".repeat(100_000)}`) }, 400, /deeper than 32/],
    ["a body over the default 16 MiB", { raw: JSON.stringify({ ...valid, padding: "x".repeat(16 * 1024 * 1024) }) }, 413, /larger than 16777216/],
  ])("refuses %s", async (_name, init, status, message) => {
    const response = await post(null, init);
    expect(response.status).toBe(status);
    expect(String(response.body.error)).toMatch(message);
  });

  it("counts what it refuses, per reason", async () => {
    const before = await testDb().webhookRejection.findUnique({ where: { reason: "unauthorized" } });
    await post(valid, { token: "another-wrong-token-123" });
    const after = await testDb().webhookRejection.findUniqueOrThrow({ where: { reason: "unauthorized" } });
    expect(after.count).toBe((before?.count ?? 0) + 1);
  });

  it("refuses everything with 503 while no token is configured", async () => {
    // Neither the variable nor an active Alertmanager token made in the app (other suites create some).
    await testDb().apiToken.updateMany({ where: { purpose: "ALERTMANAGER", revokedAt: null }, data: { revokedAt: new Date() } });
    delete process.env.ALERTMANAGER_TOKEN;
    resetEnv();
    try {
      const response = await post(valid, { token: TEST_ALERTMANAGER_TOKEN });
      expect(response.status).toBe(503);
      expect(String(response.body.error)).toMatch(/ALERTMANAGER_TOKEN/);
    } finally {
      process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
      resetEnv();
    }
  });
});

beforeEach(() => {
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
});
