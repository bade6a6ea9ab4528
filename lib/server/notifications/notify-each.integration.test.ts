import { describe, expect, it } from "vitest";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { notify, notifyEach } from "./notify";

const WINDOW_MS = 15 * 60_000; // the digest window used below: set, then restored

async function tickets(n: number) {
  return Promise.all(Array.from({ length: n }, (_, i) => testDb().ticket.create({ data: { title: `notify-each ${i}`, source: "MANUAL" }, select: { id: true } })));
}

/** What a person was told of these tickets: emailed at once, or queued for their digest, in order. */
async function told(email: string, userId: string, ticketIds: string[]) {
  const [emails, items, preference] = await Promise.all([
    testDb().outboxEmail.findMany({ where: { ticketId: { in: ticketIds }, to: { has: email } }, select: { ticketId: true } }),
    testDb().digestItem.findMany({ where: { userId, ticketId: { in: ticketIds } }, orderBy: { id: "asc" }, select: { ticketId: true, createdAt: true } }),
    testDb().notificationPreference.findUnique({ where: { userId } }),
  ]);
  const index = (id: string | null) => ticketIds.indexOf(id!);
  return {
    emailed: emails.map((e) => index(e.ticketId)).sort(),
    queued: items.map((i) => [index(i.ticketId), i.createdAt.getTime()]),
    lastSentAt: preference?.lastSentAt?.getTime() ?? null,
    digestDueAt: preference?.digestDueAt?.getTime() ?? null,
  };
}

describe("notifyEach", () => {
  it("places a storm's new incidents as notify() one after the other would: the first at once, the rest in one digest", async () => {
    const previous = await testDb().setting.findUnique({ where: { key: "digestWindowMinutes" } });
    const made: { tickets: string[]; users: string[] } = { tickets: [], users: [] };
    await testDb().setting.upsert({ where: { key: "digestWindowMinutes" }, create: { key: "digestWindowMinutes", value: WINDOW_MS / 60_000 }, update: { value: WINDOW_MS / 60_000 } });
    try {
      const start = Date.now();
      const at = (i: number) => new Date(start + i * 1_000);
      const draft = (to: string, ticketId: string) => ({ kind: "ticket.registered", to: [to], subject: "New incident", text: "…", ticketId });
      const [one, each] = [await createUserRecord(testDb()), await createUserRecord(testDb())];
      const [oneTickets, eachTickets] = [await tickets(4), await tickets(4)];
      made.tickets.push(...[...oneTickets, ...eachTickets].map((t) => t.id));
      made.users.push(one.id, each.id);

      for (const [i, t] of oneTickets.entries()) await testDb().$transaction((tx) => notify(tx, draft(one.email, t.id), { now: at(i) }));
      await testDb().$transaction((tx) => notifyEach(tx, eachTickets.map((t, i) => ({ draft: draft(each.email, t.id), now: at(i) }))));

      const sequential = await told(one.email, one.id, oneTickets.map((t) => t.id));
      expect(sequential).toEqual({ emailed: [0], queued: [[1, at(1).getTime()], [2, at(2).getTime()], [3, at(3).getTime()]], lastSentAt: at(0).getTime(), digestDueAt: at(0).getTime() + WINDOW_MS });
      expect(await told(each.email, each.id, eachTickets.map((t) => t.id))).toEqual(sequential);
    } finally {
      // Nothing left for other files: no open ticket, no digest due.
      await testDb().digestItem.deleteMany({ where: { ticketId: { in: made.tickets } } });
      await testDb().outboxEmail.deleteMany({ where: { ticketId: { in: made.tickets } } });
      await testDb().ticket.deleteMany({ where: { id: { in: made.tickets } } });
      await testDb().notificationPreference.deleteMany({ where: { userId: { in: made.users } } });
      if (previous) await testDb().setting.update({ where: { key: previous.key }, data: { value: previous.value as number } });
      else await testDb().setting.delete({ where: { key: "digestWindowMinutes" } });
    }
  });
});
