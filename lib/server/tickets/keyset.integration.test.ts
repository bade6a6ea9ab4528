import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/tickets/route";
import type { Actor } from "@/lib/auth/actor";
import { ticketListQuerySchema } from "@/lib/validations/tickets";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { createTestToken } from "@/test/support/tokens";
import { compactStepCounts } from "./count-by-step";
import { listTickets } from "./list-tickets";

// Issue 15: the list pages by keyset. Tickets share creation times (ties broken by id), and new ones arrive
// between pages: each ticket present at the start is returned exactly once, none twice.
let observer: Actor;
const db = () => testDb();
const steps = ["REGISTRATION", "TREATMENT", "CLOSURE"] as const;

async function addTickets(tag: string, count: number, createdAt: Date) {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(), title: `${tag} ${i}`, source: "MANUAL" as const, step: steps[i % 3]!, priority: 1 + (i % 6), createdAt, updatedAt: createdAt,
  }));
  await db().ticket.createMany({ data: rows });
  return rows.map((r) => r.id);
}

async function walk(tag: string, sort: string, scope: string, during: () => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const list = await listTickets({ actor: observer, query: ticketListQuerySchema.parse({ text: tag, sort, scope, pageSize: "7", ...(cursor ? { cursor } : {}) }) });
    seen.push(...list.items.map((t) => t.id));
    await during();
    if (!list.nextCursor) return seen;
    cursor = list.nextCursor;
  }
  throw new Error("the walk did not end");
}

describe("keyset pagination of the ticket list", () => {
  beforeAll(async () => {
    observer = await actorWithRole("OBSERVER");
  });

  for (const sort of ["newest", "oldest", "priority", "updated"]) {
    it(`returns every ticket exactly once while tickets are being added (${sort})`, async () => {
      const tag = `keyset-${sort}-${randomUUID().slice(0, 8)}`;
      const base = new Date(Date.now() - 3_600_000);
      // Groups of 10 tickets with the same creation time: only the id tells them apart.
      const initial: string[] = [];
      for (let i = 0; i < 4; i++) initial.push(...(await addTickets(tag, 10, new Date(base.getTime() + i * 60_000))));
      let batch = 0;
      const seen = await walk(tag, sort, "all", async () => {
        // Before the first ticket, after the last, and at a time already passed: none may shift the walk.
        const at = [new Date(base.getTime() - 60_000), new Date(), new Date(base.getTime() + 60_000)][batch++ % 3]!;
        await addTickets(tag, 3, at);
      });
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of initial) expect(seen.filter((s) => s === id)).toHaveLength(1);
    });
  }

  it("keeps to the open tickets by default, with exact counts per step", async () => {
    const tag = `keyset-open-${randomUUID().slice(0, 8)}`;
    const ids = await addTickets(tag, 30, new Date());
    const seen = await walk(tag, "newest", "open", async () => {});
    const open = await db().ticket.findMany({ where: { id: { in: ids }, step: { not: "CLOSURE" } }, select: { id: true } });
    expect(seen.sort()).toEqual(open.map((t) => t.id).sort());
    await compactStepCounts();
    const unfiltered = await listTickets({ actor: observer, query: ticketListQuerySchema.parse({}) });
    const actual = await db().ticket.groupBy({ by: ["step"], _count: { _all: true } });
    for (const row of actual) expect(unfiltered.counts[row.step]).toBe(row._count._all);
    expect(unfiltered.cappedSteps).toEqual([]);
    const filtered = await listTickets({ actor: observer, query: ticketListQuerySchema.parse({ text: tag }) });
    expect(filtered.counts).toMatchObject({ REGISTRATION: 10, TREATMENT: 10, CLOSURE: 10, SOLUTION: 0 });
    expect(filtered.total).toBe(20);
  });

  it("refuses a damaged cursor or another sort's, and says that `page` is deprecated", async () => {
    const token = await createTestToken("API", "OBSERVER");
    const get = (query: string) => listRoute(new Request(`http://localhost/api/tickets?${query}`, { headers: { authorization: `Bearer ${token}` } }), {});
    const first = await get("scope=all&pageSize=1");
    const body = await first.json();
    expect(body.nextCursor).toEqual(expect.any(String));
    expect(first.headers.get("link")).toContain(`cursor=${body.nextCursor}`);
    expect((await get(`scope=all&pageSize=1&sort=oldest&cursor=${body.nextCursor}`)).status).toBe(400);
    expect((await get("scope=all&cursor=not-a-cursor")).status).toBe(400);
    expect((await get(`scope=all&pageSize=1&cursor=${body.nextCursor}`)).status).toBe(200);
    const deep = await get("scope=all&pageSize=1&page=2");
    expect(deep.headers.get("deprecation")).toBe("true");
    expect((await deep.json()).items[0].id).toBe((await (await get(`scope=all&pageSize=1&cursor=${body.nextCursor}`)).json()).items[0].id);
  });
});
