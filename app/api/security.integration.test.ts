import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/support/db";
import { createTestToken } from "@/test/support/tokens";
import { GET as getMarkdown } from "./rex/[id]/markdown/route";
import { GET as getTicket } from "./tickets/[id]/route";
import { POST as transition } from "./tickets/[id]/transitions/route";
import { GET as listTickets } from "./tickets/route";

// Issue 11's findings on the HTTP boundary: malformed ids are 404 (not 500), search text is literal.
let adminToken: string;
const auth = () => ({ authorization: `Bearer ${adminToken}` });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  adminToken = await createTestToken("API", "ADMIN");
});

describe("ids that are not UUIDs name nothing", () => {
  it.each(["abc", "-".repeat(36), "00000000-0000-0000-0000-00000000000g", "'; DROP TABLE \"Ticket\"; --"])("%j → 404", async (id) => {
    const url = `http://vigie.test/api/tickets/${encodeURIComponent(id)}`;
    expect((await getTicket(new Request(url, { headers: auth() }), params(id))).status).toBe(404);
    const post = new Request(`${url}/transitions`, { method: "POST", headers: { ...auth(), "content-type": "application/json" }, body: JSON.stringify({ transition: "close", note: "x" }) });
    expect((await transition(post, params(id))).status).toBe(404);
    expect((await getMarkdown(new Request(`http://vigie.test/api/rex/${encodeURIComponent(id)}/markdown`, { headers: auth() }), params(id))).status).toBe(404);
  });
});

describe("text search", () => {
  it("treats % and _ as the characters they are", async () => {
    const marker = `pct-${Date.now()}`;
    await testDb().ticket.create({ data: { title: `Disk at 100% on ${marker}`, source: "MANUAL" } });
    await testDb().ticket.create({ data: { title: `Disk at 1000 on ${marker}`, source: "MANUAL" } });
    const found = async (text: string) => {
      const response = await listTickets(new Request(`http://vigie.test/api/tickets?text=${encodeURIComponent(text)}`, { headers: auth() }), {});
      return ((await response.json()) as { items: { id: string; title: string }[] }).items;
    };
    const search = async (text: string) => (await found(text)).map((t) => t.title);
    expect(await search(`100% on ${marker}`)).toEqual([`Disk at 100% on ${marker}`]);
    expect(await search(`10_0 on ${marker}`)).toEqual([]);
    // The search reads the title and the description: other files' tickets may have their "%" in the description
    // only ("Less than 10% of the root filesystem is free"), and are rightly found.
    const ids = (await found("%")).map((t) => t.id);
    expect(ids.length).toBeGreaterThan(0);
    const matches = await testDb().ticket.findMany({ where: { id: { in: ids } }, select: { title: true, description: true } });
    expect(matches.every((t) => `${t.title}\n${t.description ?? ""}`.includes("%"))).toBe(true);
  });
});
