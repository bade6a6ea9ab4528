import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { languagesOf } from "@/test/support/notices";
import { checkHeartbeat } from "./check-heartbeat";
import { ingestDelivery } from "./ingest-delivery";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";

const HOUR = 3_600_000;
const name = `Watchdog_${randomUUID().slice(0, 8)}`;
const config = { matcher: { label: "alertname", value: name }, periodMs: 48 * HOUR, graceMs: HOUR };
const t0 = new Date("2026-11-20T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  process.env.HEARTBEAT_MATCHER = `alertname="${name}"`;
  resetEnv();
});

const beat = () => {
  const parsed = parseWebhookPayload({
    version: "4", status: "firing", receiver: "vigie-heartbeat", groupKey: `{}/{alertname="${name}"}:{alertname="${name}"}`,
    groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: "", truncatedAlerts: 0,
    alerts: [{ status: "firing", labels: { alertname: name }, annotations: {}, startsAt: t0.toISOString(), endsAt: "0001-01-01T00:00:00Z", generatorURL: "", fingerprint: `fp${name}` }],
  });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.payload;
};

it("opens one R1 incident when the heartbeat is late, emails the admins, and notes its return", async () => {
  expect(await checkHeartbeat({ db: testDb(), now: t0, config })).toEqual({ ran: true, late: false });
  expect(await checkHeartbeat({ db: testDb(), now: at(48 * HOUR + 30 * 60_000), config })).toEqual({ ran: true, late: false });

  const late = await checkHeartbeat({ db: testDb(), now: at(49 * HOUR + 1_000), config });
  expect(late).toMatchObject({ ran: true, late: true, openedTicketId: expect.any(String) });
  const ticket = await testDb().ticket.findUniqueOrThrow({ where: { id: late.openedTicketId! }, include: { events: { orderBy: { id: "asc" } } } });
  expect(ticket).toMatchObject({ source: "HEARTBEAT", riskCodes: ["R1"], signal: "FIRING", step: "REGISTRATION", urgency: 5, category: "SERVICE" });
  expect(ticket.events.map((e) => e.type)).toEqual(["ticket.registered", "heartbeat.late"]);
  // One email to the admins per language they read (another file may leave an admin who reads French: "expected
  // [ { …(15) }, { …(15) } ] to have a length of 1 but got 2"), the default language's the thread's root.
  const emails = await testDb().outboxEmail.findMany({ where: { ticketId: ticket.id } });
  expect(emails).toHaveLength((await languagesOf(emails.flatMap((e) => e.to))).size);
  for (const email of emails) expect(email.kind).toBe("heartbeat.late");
  const root = emails.find((e) => e.messageId === `<ticket-${ticket.id}@localhost>`);
  expect(root).toMatchObject({ kind: "heartbeat.late", subject: expect.stringContaining("Alerting pipeline silent") });
  expect(root!.to.length).toBeGreaterThanOrEqual(1);

  // Checking again (any instance, any time) does not open or email twice.
  await Promise.all([1, 2, 3].map(() => checkHeartbeat({ db: testDb(), now: at(50 * HOUR), config })));
  expect(await testDb().ticket.count({ where: { groupKey: `vigie:heartbeat:${name}` } })).toBe(1);
  expect(await testDb().outboxEmail.count({ where: { ticketId: ticket.id } })).toBe(emails.length);

  // The Watchdog comes back.
  await ingestDelivery({ payload: beat(), raw: "{}", db: testDb(), now: at(51 * HOUR) });
  const restored = await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { events: { orderBy: { id: "asc" } } } });
  expect(restored.signal).toBe("RESOLVED");
  expect(restored.step).toBe("REGISTRATION");
  expect(restored.events.map((e) => e.type)).toEqual(["ticket.registered", "heartbeat.late", "heartbeat.restored", "signal.cleared"]);
  expect(await testDb().heartbeat.findUniqueOrThrow({ where: { name } })).toMatchObject({ lateSince: null, lastSeenAt: at(51 * HOUR) });

  // Late again while the incident is still open: the same ticket says so.
  const again = await checkHeartbeat({ db: testDb(), now: at(101 * HOUR), config });
  expect(again.openedTicketId).toBe(ticket.id);
  const events = await testDb().timelineEvent.findMany({ where: { ticketId: ticket.id }, orderBy: { id: "asc" } });
  expect(events.at(-1)!.type).toBe("heartbeat.late");
});

it("never lets the timeline be rewritten", async () => {
  const event = await testDb().timelineEvent.findFirstOrThrow();
  await expect(testDb().timelineEvent.update({ where: { id: event.id }, data: { type: "forged" } })).rejects.toThrow(/immutable/);
  await expect(testDb().timelineEvent.delete({ where: { id: event.id } })).rejects.toThrow(/immutable/);
});
