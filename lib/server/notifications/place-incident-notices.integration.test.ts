import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { ingestDelivery } from "@/lib/server/alerts/ingest-delivery";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { activeAdminAddresses, newIncidentNotices } from "@/test/support/notices";
import { uniqueGroup } from "@/test/support/webhook";
import { placeIncidentNotices } from "./place-incident-notices";

beforeAll(() => resetEnv());
afterAll(() => resetEnv());

const delivery = () => {
  const g = uniqueGroup();
  const body = g.payload([g.alert()]);
  const parsed = parseWebhookPayload(body);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { group: g, payload: parsed.payload, raw: JSON.stringify(body) };
};

describe("new incidents' notices", () => {
  it("are placed after the delivery commits: an admin's notification row held by another transaction no longer holds the ticket back", async () => {
    const admin = await createUserRecord(testDb(), { role: "ADMIN" });
    await testDb().$executeRaw`INSERT INTO "NotificationPreference" ("userId", "updatedAt") VALUES (${admin.id}::uuid, now()) ON CONFLICT DO NOTHING`;
    const { group, payload, raw } = delivery();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // Another transaction (a digest being flushed, another instance's storm) holds the admin's row.
    const holder = testDb().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "userId" FROM "NotificationPreference" WHERE "userId" = ${admin.id}::uuid FOR UPDATE`;
      locked();
      await held;
    }, { timeout: 20_000 });
    await lockTaken;
    const ingest = ingestDelivery({ payload, raw, db: testDb() });
    try {
      // Committed while the row is still held: the ticket is visible to everyone (before: the whole delivery waited).
      let ticket = null;
      for (let i = 0; i < 50 && !ticket; i++) {
        ticket = await testDb().ticket.findFirst({ where: { groupKey: group.groupKey }, select: { id: true } });
        if (!ticket) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ticket).not.toBeNull();
      expect(await newIncidentNotices(ticket!.id)).toEqual([]);
    } finally {
      release();
      await holder;
    }
    // Once the row is free, the notice reaches every admin before ingestDelivery returns.
    const { ticketId } = await ingest;
    expect(await newIncidentNotices(ticketId!)).toEqual(await activeAdminAddresses());
    expect(await testDb().incidentNotice.count({ where: { ticketId: ticketId! } })).toBe(0);
  });

  it("a notice a crash left unplaced is placed once, by the job, at the time its ticket opened", async () => {
    const { payload, raw } = delivery();
    const { ticketId } = await ingestDelivery({ payload, raw, db: testDb() });
    // As if the process had stopped between the commit and the placement.
    await testDb().digestItem.deleteMany({ where: { ticketId: ticketId! } });
    await testDb().outboxEmail.deleteMany({ where: { ticketId: ticketId! } });
    const openedAt = new Date(Date.now() - 60_000);
    await testDb().incidentNotice.create({ data: { id: crypto.randomUUID(), ticketId: ticketId!, createdAt: openedAt } });
    // A notice of a ticket that no longer exists is dropped, not retried for ever.
    await testDb().incidentNotice.create({ data: { id: crypto.randomUUID(), ticketId: crypto.randomUUID(), createdAt: openedAt } });

    expect(await placeIncidentNotices(testDb())).toBeGreaterThanOrEqual(2);
    expect(await newIncidentNotices(ticketId!)).toEqual(await activeAdminAddresses());
    const items = await testDb().digestItem.findMany({ where: { ticketId: ticketId! }, select: { createdAt: true } });
    for (const item of items) expect(item.createdAt).toEqual(openedAt);
    expect(await placeIncidentNotices(testDb())).toBe(0);
    expect(await newIncidentNotices(ticketId!)).toEqual(await activeAdminAddresses());
  });
});
