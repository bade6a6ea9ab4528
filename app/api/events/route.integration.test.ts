import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { checkHeartbeat } from "@/lib/server/alerts/check-heartbeat";
import { ingestDelivery } from "@/lib/server/alerts/ingest-delivery";
import { ChangeFeed, type Change } from "@/lib/server/live/change-feed";
import { testDb } from "@/test/support/db";
import { createTestToken } from "@/test/support/tokens";

// A browser without a session: next-auth finds none (outside Next there is no request scope to read it from;
// test/e2e/live.spec.ts asks the built app without a cookie too).
vi.mock("@/lib/auth/guard", async (original) => ({ ...(await original<typeof import("@/lib/auth/guard")>()), currentActor: async () => null }));
const { GET } = await import("./route");

// Issue 15: live updates through PostgreSQL LISTEN/NOTIFY, one listening connection per instance.
const url = () => process.env.DATABASE_URL!;
let observerToken: string;
let other: pg.Client;

/** Reads a server-sent-events body until `until` matches the text received so far. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until: (text: string) => boolean, timeoutMs = 2_000) {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  while (!until(text)) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`not received within ${timeoutMs} ms; got: ${text}`);
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), left))]);
    if (!chunk || chunk.done) continue;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

async function newTicket(): Promise<string> {
  const ticket = await testDb().ticket.create({ data: { title: `live ${randomUUID()}`, source: "MANUAL" } });
  return ticket.id;
}

beforeAll(async () => {
  observerToken = await createTestToken("API", "OBSERVER");
  // "Another instance": its own connection, committing changes this process's feed did not make.
  other = new pg.Client({ connectionString: url() });
  await other.connect();
});

afterAll(async () => {
  await other.end();
});

describe("GET /api/events", () => {
  it("refuses an anonymous client, and an unknown token", async () => {
    expect((await GET(new Request("http://vigie.test/api/events"), {})).status).toBe(401);
    expect((await GET(new Request("http://vigie.test/api/events", { headers: { authorization: "Bearer vig_nope" } }), {})).status).toBe(401);
  });

  it("streams, to an observer, a change committed on another instance within a second", async () => {
    const id = await newTicket();
    const abort = new AbortController();
    const response = await GET(new Request("http://vigie.test/api/events", { headers: { authorization: `Bearer ${observerToken}` }, signal: abort.signal }), {});
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    await readUntil(reader, (t) => t.includes("event: ready"));
    const started = Date.now();
    await other.query(`UPDATE "Ticket" SET "priority" = 5 WHERE "id" = $1`, [id]);
    const text = await readUntil(reader, (t) => t.includes(id), 1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(text).toMatch(new RegExp(`event: tickets\\ndata: \\{"tickets":\\["${id}"\\]\\}`));
    abort.abort();
    await reader.cancel().catch(() => {});
  });
});

describe("GET /api/events: the alerting heartbeat", () => {
  // Its own Watchdog, so that no other test's heartbeat is touched.
  const name = `Watchdog_${randomUUID().slice(0, 8)}`;
  const beat = () => {
    const parsed = parseWebhookPayload({
      version: "4", status: "firing", receiver: "vigie-heartbeat", groupKey: `{}:{alertname="${name}"}`, groupLabels: {}, commonLabels: {}, commonAnnotations: {},
      externalURL: "", truncatedAlerts: 0,
      alerts: [{ status: "firing", labels: { alertname: name }, annotations: {}, startsAt: new Date().toISOString(), endsAt: "0001-01-01T00:00:00Z", generatorURL: "", fingerprint: `fp${name}` }],
    });
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.payload;
  };
  const stream = async () => {
    const abort = new AbortController();
    const response = await GET(new Request("http://vigie.test/api/events", { headers: { authorization: `Bearer ${observerToken}` }, signal: abort.signal }), {});
    const reader = response.body!.getReader();
    await readUntil(reader, (t) => t.includes("event: ready"));
    return { reader, close: async () => (abort.abort(), await reader.cancel().catch(() => {})) };
  };

  it("announces a Watchdog beat, and the heartbeat declared late, so that open lists refresh their panel", async () => {
    process.env.HEARTBEAT_MATCHER = `alertname="${name}"`;
    resetEnv();
    const { reader, close } = await stream();
    try {
      await ingestDelivery({ payload: beat(), raw: "{}", db: testDb() });
      expect(await readUntil(reader, (t) => t.includes("event: heartbeat"), 1_000)).toContain("event: heartbeat\ndata: {}");
      const config = { matcher: { label: "alertname", value: name }, periodMs: 60_000, graceMs: 1_000 };
      const late = await checkHeartbeat({ db: testDb(), now: new Date(Date.now() + 3_600_000), config });
      expect(late).toMatchObject({ late: true, openedTicketId: expect.any(String) });
      // The panel's change, and the incident's ticket for the list.
      const text = await readUntil(reader, (t) => t.includes("event: heartbeat") && t.includes(late.openedTicketId!), 1_000);
      expect(text).toContain("event: heartbeat\ndata: {}");
    } finally {
      await close();
      delete process.env.HEARTBEAT_MATCHER;
      resetEnv();
    }
  });
});

describe("ChangeFeed: one LISTEN connection per instance", () => {
  it("fans one notification out to the subscribers of every instance", async () => {
    const a = new ChangeFeed(url());
    const b = new ChangeFeed(url());
    const got: Record<string, Change[]> = { a1: [], a2: [], b: [] };
    await a.subscribe((c) => got.a1!.push(c));
    await a.subscribe((c) => got.a2!.push(c));
    await b.subscribe((c) => got.b!.push(c));
    const { rows } = await other.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'vigie-live'`);
    expect(rows[0].n).toBeGreaterThanOrEqual(2); // a and b, not one per subscriber
    const id = await newTicket();
    await expect.poll(() => [got.a1, got.a2, got.b].every((list) => list!.some((c) => c.tickets !== "*" && c.tickets.includes(id))), { timeout: 1_000 }).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it("announces many tickets at once as '*', bounds its subscribers, and tells them to refetch after reconnecting", async () => {
    const feed = new ChangeFeed(url(), 2);
    const got: Change[] = [];
    expect(await feed.subscribe((c) => got.push(c))).toBeTypeOf("function");
    expect(await feed.subscribe(() => {})).toBeTypeOf("function");
    expect(await feed.subscribe(() => {})).toBeNull();
    const ids = await Promise.all(Array.from({ length: 60 }, () => newTicket()));
    await other.query(`UPDATE "Ticket" SET "priority" = 4 WHERE "id" = ANY($1::uuid[])`, [ids]);
    await expect.poll(() => got.some((c) => c.tickets === "*"), { timeout: 1_000 }).toBe(true);
    got.length = 0;
    // The listening connection dies (a database restart, a proxy's timeout): the feed reconnects by itself.
    await other.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'vigie-live' AND pid <> pg_backend_pid()`);
    await expect.poll(() => got.some((c) => c.tickets === "*"), { timeout: 5_000 }).toBe(true);
    const id = await newTicket();
    await expect.poll(() => got.some((c) => c.tickets !== "*" && c.tickets.includes(id)), { timeout: 2_000 }).toBe(true);
    await feed.close();
  });
});
