import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postWebhook } from "@/app/api/alertmanager/route";
import { resetEnv } from "@/lib/env";
import { testDb } from "@/test/support/db";
import { createTestToken } from "@/test/support/tokens";
import { pruneDeliveryBodies } from "./prune-delivery-bodies";

// Issue 15: raw webhook bodies kept deliveryBodyDays (30 by default), then only their summary row.
const db = () => testDb();
const days = (n: number) => new Date(Date.now() - n * 86_400_000);
const body = { receiver: "vigie", status: "firing", alerts: [{ fingerprint: "f" }], note: "x".repeat(2_000) };

async function delivery(receivedAt: Date, ticketId: string | null, extra: { bodyPrunedAt?: Date } = {}) {
  return db().webhookDelivery.create({
    data: { groupKey: `retention-${randomUUID()}`, status: "firing", receiver: "vigie", alertCount: 1, payload: body, receivedAt, ticketId, ...extra },
  });
}

async function ticket(step: "TREATMENT" | "CLOSURE") {
  const t = await db().ticket.create({ data: { title: `retention ${randomUUID()}`, source: "ALERT", step, closedAt: step === "CLOSURE" ? days(40) : null } });
  await db().alert.create({ data: { fingerprint: randomUUID(), startsAt: days(45), status: "RESOLVED", alertname: "Old", groupKey: "g", labels: {}, annotations: {}, ticketId: t.id } });
  await db().timelineEvent.create({ data: { ticketId: t.id, type: "ticket.registered", actorKind: "SYSTEM" } });
  return t;
}

beforeAll(async () => {
  // The default, 30 days, which the bodies' ages below are chosen around: a deliveryBodyDays another file left
  // (14) pruned the 29-day-old body ("expected {} to deeply equal { receiver: 'vigie', …(3) }").
  await db().setting.deleteMany({ where: { key: "deliveryBodyDays" } });
});

describe("retention of webhook bodies", () => {
  it("drops only old bodies of closed tickets' and ticketless deliveries, in batches, keeping every summary row, alert and event", async () => {
    const closed = await ticket("CLOSURE");
    const open = await ticket("TREATMENT");
    const earlier = days(90);
    const rows = {
      closedOld: await delivery(days(60), closed.id),
      closedOld2: await delivery(days(35), closed.id),
      ticketlessOld: await delivery(days(31), null),
      openOld: await delivery(days(60), open.id),
      recent: await delivery(days(29), closed.id),
      alreadyPruned: await delivery(days(70), null, { bodyPrunedAt: earlier }),
    };
    const before = { alerts: await db().alert.count(), events: await db().timelineEvent.count(), deliveries: await db().webhookDelivery.count() };

    const result = await pruneDeliveryBodies({ db: db(), batch: 1 });
    expect(result.ran).toBe(true);
    expect(result.batches).toBeGreaterThan(1);

    const after = async (id: string) => db().webhookDelivery.findUniqueOrThrow({ where: { id } });
    for (const row of [rows.closedOld, rows.closedOld2, rows.ticketlessOld]) {
      const now = await after(row.id);
      expect(now.payload).toEqual({});
      expect(now.bodyPrunedAt).not.toBeNull();
      expect(now).toMatchObject({ groupKey: row.groupKey, status: "firing", alertCount: 1, ticketId: row.ticketId, receivedAt: row.receivedAt });
    }
    expect((await after(rows.openOld.id)).payload).toEqual(body);
    expect((await after(rows.recent.id)).payload).toEqual(body);
    expect((await after(rows.alreadyPruned.id)).bodyPrunedAt).toEqual(earlier);
    expect({ alerts: await db().alert.count(), events: await db().timelineEvent.count(), deliveries: await db().webhookDelivery.count() }).toEqual(before);
    expect(await db().ticket.count({ where: { id: { in: [closed.id, open.id] } } })).toBe(2);
  });

  it("is done by one instance at a time: two at once prune each body once", async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => delivery(days(50), null).then((d) => d.id)));
    const prunedAt = new Date();
    // Whichever holds the lock goes on until nothing is left; the other stops at its first refused batch.
    const [a, b] = await Promise.all([pruneDeliveryBodies({ db: db(), batch: 2, now: prunedAt }), pruneDeliveryBodies({ db: db(), batch: 2, now: prunedAt })]);
    expect(a.ran || b.ran).toBe(true);
    expect(a.pruned + b.pruned).toBeGreaterThanOrEqual(6);
    expect(await db().webhookDelivery.count({ where: { id: { in: ids }, bodyPrunedAt: prunedAt } })).toBe(6);
  });

  it("keeps no body for a Watchdog-only delivery, only its summary row", async () => {
    delete process.env.ALERTMANAGER_TOKEN;
    resetEnv();
    const token = await createTestToken("ALERTMANAGER");
    const groupKey = `{}/{alertname="Watchdog"}:{alertname="Watchdog",retention="${randomUUID()}"}`;
    const payload = {
      receiver: "vigie", status: "firing", version: "4", groupKey, truncatedAlerts: 0, groupLabels: { alertname: "Watchdog" }, commonLabels: {}, commonAnnotations: {}, externalURL: "http://alertmanager:9093",
      alerts: [{ status: "firing", labels: { alertname: "Watchdog", severity: "none" }, annotations: {}, startsAt: new Date().toISOString(), endsAt: "0001-01-01T00:00:00Z", generatorURL: "", fingerprint: "00000000watchdog" }],
    };
    const response = await postWebhook(new Request("http://vigie.test/api/alertmanager", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(payload) }));
    expect(response.status).toBe(200);
    const row = await db().webhookDelivery.findFirstOrThrow({ where: { groupKey } });
    expect(row).toMatchObject({ heartbeat: true, payload: {}, alertCount: 1, status: "firing" });
    expect(row.bodyPrunedAt).not.toBeNull();
  });
});
