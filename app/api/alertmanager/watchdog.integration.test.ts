import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { checkHeartbeat } from "@/lib/server/alerts/check-heartbeat";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { languagesOf } from "@/test/support/notices";
import { TEST_ALERTMANAGER_TOKEN, webhookRequest } from "@/test/support/webhook";
import { POST } from "./route";

// A Watchdog of its own, so the heartbeat rows and the R1 incident are this file's alone.
const name = `Watchdog_${randomUUID().slice(0, 8)}`;
const groupKey = `{}/{alertname="${name}"}:{alertname="${name}"}`;
const incidentKey = `vigie:heartbeat:${name}`;
const HOUR = 3_600_000;

const watchdog = (status: "firing" | "resolved", startsAt: string, extra: Record<string, string> = {}) => ({
  status,
  labels: { alertname: name, severity: "none", ...extra },
  annotations: {},
  startsAt,
  endsAt: status === "firing" ? "0001-01-01T00:00:00Z" : new Date(Date.parse(startsAt) + 5 * HOUR).toISOString(),
  generatorURL: "",
  fingerprint: `fp${name}${extra.prometheus ?? ""}`,
});
const post = async (alerts: ReturnType<typeof watchdog>[]) => {
  const body = { version: "4", receiver: "vigie-heartbeat", status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved", groupKey, truncatedAlerts: 0, groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: "", alerts };
  const response = await POST(webhookRequest(body));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const heartbeat = () => testDb().heartbeat.findUniqueOrThrow({ where: { name } });
const incident = () => testDb().ticket.findUnique({ where: { openGroupKey: incidentKey }, include: { events: { orderBy: { id: "asc" } }, outboxEmails: true } });

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  process.env.HEARTBEAT_MATCHER = `alertname="${name}"`;
  resetEnv();
});

it("counts one beat per delivery, however many Watchdogs it carries", async () => {
  const { status, body } = await post([watchdog("firing", "2026-11-26T09:00:00Z", { prometheus: "a" }), watchdog("firing", "2026-11-26T09:00:00Z", { prometheus: "b" })]);
  expect(status).toBe(200);
  expect(body).toMatchObject({ decision: "heartbeat", heartbeat: "beat" });
  await post([watchdog("firing", "2026-11-26T09:00:00Z", { prometheus: "a" }), watchdog("firing", "2026-11-26T09:00:00Z", { prometheus: "b" })]);
  expect(await heartbeat()).toMatchObject({ beats: 2, lateSince: null });
  // Each occurrence counts each delivery once (it was counted twice on its first).
  const rows = await testDb().alert.findMany({ where: { groupKey, heartbeat: true } });
  expect(rows.map((r) => r.deliveries)).toEqual([2, 2]);
});

it("opens the R1 incident at once when the Watchdog resolves (Prometheus stopped), emails the admins, and counts no beat", async () => {
  const before = await heartbeat();
  const { status, body } = await post([watchdog("resolved", "2026-11-26T09:00:00Z", { prometheus: "a" }), watchdog("resolved", "2026-11-26T09:00:00Z", { prometheus: "b" })]);
  expect(status).toBe(200);
  expect(body).toMatchObject({ heartbeat: "stopped" });
  const after = await heartbeat();
  expect(after).toMatchObject({ beats: before.beats, lastSeenAt: before.lastSeenAt, lateSince: expect.any(Date) });
  const ticket = await incident();
  expect(ticket).toMatchObject({ source: "HEARTBEAT", riskCodes: ["R1"], signal: "FIRING" });
  expect(after.incidentTicketId).toBe(ticket!.id);
  expect(ticket!.events.map((e) => e.type)).toEqual(["ticket.registered", "heartbeat.stopped"]);
  expect(ticket!.events[1]!.data).toMatchObject({ endedAt: expect.any(String), receivedAt: expect.any(String) });
  // One email to the admins per language they read (another file may leave an admin who reads French: "expected
  // [ { …(15) }, { …(15) } ] to have a length of 1 but got 2"), the default language's the thread's root.
  const sent = ticket!.outboxEmails.length;
  expect(sent).toBe((await languagesOf(ticket!.outboxEmails.flatMap((e) => e.to))).size);
  for (const email of ticket!.outboxEmails) expect(email.kind).toBe("heartbeat.stopped");
  const root = ticket!.outboxEmails.find((e) => e.messageId === `<ticket-${ticket!.id}@localhost>`);
  expect(root).toMatchObject({ kind: "heartbeat.stopped", subject: expect.stringContaining("Alerting pipeline stopped") });
  expect(root!.to.length).toBeGreaterThanOrEqual(1);
  expect(await testDb().alert.count({ where: { groupKey, heartbeat: true, status: "RESOLVED" } })).toBe(2);

  // The same notice again (a retry, the HA peer's copy) keeps the incident open, no second email, no "restored".
  expect((await post([watchdog("resolved", "2026-11-26T09:00:00Z", { prometheus: "a" })])).status).toBe(200);
  const again = await incident();
  expect(again!.outboxEmails).toHaveLength(sent);
  expect(again!.events.map((e) => e.type)).not.toContain("heartbeat.restored");
  // The periodic check leaves it as it is.
  await checkHeartbeat({ db: testDb(), now: new Date(Date.now() + 100 * HOUR) });
  expect((await incident())!.outboxEmails).toHaveLength(sent);
});

it("restores only on a firing Watchdog, and then ignores a stale resolved notice of the previous occurrence", async () => {
  const { body } = await post([watchdog("firing", "2026-11-26T15:00:00Z", { prometheus: "a" })]);
  expect(body).toMatchObject({ heartbeat: "beat" });
  const restored = await testDb().ticket.findFirstOrThrow({ where: { groupKey: incidentKey }, include: { events: { orderBy: { id: "asc" } } } });
  expect(restored.signal).toBe("RESOLVED");
  expect(restored.events.map((e) => e.type).slice(-2)).toEqual(["heartbeat.restored", "signal.cleared"]);
  expect(await heartbeat()).toMatchObject({ lateSince: null });

  const stale = await post([watchdog("resolved", "2026-11-26T09:00:00Z", { prometheus: "a" })]);
  expect(stale.body).toMatchObject({ heartbeat: "stale" });
  expect(await heartbeat()).toMatchObject({ lateSince: null });
});

it("never writes 'heartbeat restored' for a resolved Watchdog arriving while already late", async () => {
  const late = await checkHeartbeat({ db: testDb(), now: new Date(Date.now() + 200 * HOUR) });
  expect(late).toMatchObject({ late: true, openedTicketId: expect.any(String) });
  const eventsBefore = await testDb().timelineEvent.count({ where: { ticketId: late.openedTicketId! } });
  const emailsBefore = await testDb().outboxEmail.count({ where: { ticketId: late.openedTicketId! } });

  const { body } = await post([watchdog("resolved", "2026-11-26T15:00:00Z", { prometheus: "a" })]);
  expect(body).toMatchObject({ heartbeat: "stopped" });
  const events = await testDb().timelineEvent.findMany({ where: { ticketId: late.openedTicketId! }, orderBy: { id: "asc" } });
  // The incident is the one reused from before (still open): nothing new on its timeline.
  expect(events).toHaveLength(eventsBefore);
  expect(await testDb().outboxEmail.count({ where: { ticketId: late.openedTicketId! } })).toBe(emailsBefore);
  expect(await heartbeat()).toMatchObject({ lateSince: expect.any(Date) });
});
