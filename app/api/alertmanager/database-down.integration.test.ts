import { afterAll, beforeAll, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { startTcpProxy } from "@/test/support/tcp-proxy";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";

// The app reaches PostgreSQL through a proxy this test cuts: "the database is down".
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  testDb(); // the test's own client stays on the real address
  const real = new URL(process.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: real.hostname, port: Number(real.port) });
  const viaProxy = new URL(real);
  viaProxy.port = String(proxy.port);
  process.env.DATABASE_URL = viaProxy.toString();
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  resetEnv();
  (globalThis as { prisma?: unknown }).prisma = undefined;
  ({ POST } = await import("./route"));
});

afterAll(async () => {
  await proxy.close();
});

it("answers 503 while the database is down, then stores the retried delivery once it is back", async () => {
  const g = uniqueGroup();
  const payload = g.payload([g.alert()]);
  const warm = uniqueGroup();
  expect((await POST(webhookRequest(warm.payload([warm.alert()])))).status).toBe(200); // the pool has live connections

  proxy.down();
  const refused = await POST(webhookRequest(payload));
  expect(refused.status).toBe(503);
  expect(refused.headers.get("retry-after")).toBe("5");
  expect(await testDb().ticket.count({ where: { groupKey: g.groupKey } })).toBe(0);

  proxy.up();
  // Like Alertmanager: retry with backoff until stored, bounded.
  let status = 0;
  for (let attempt = 0; attempt < 10 && status !== 200; attempt++) {
    status = (await POST(webhookRequest(payload))).status;
    if (status !== 200) {
      expect(status).toBe(503);
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }
  expect(status).toBe(200);
  const tickets = await testDb().ticket.findMany({ where: { groupKey: g.groupKey }, include: { alerts: true } });
  expect(tickets).toHaveLength(1);
  expect(tickets[0]!.alerts).toHaveLength(1);
});
