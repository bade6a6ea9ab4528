import { beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { STEP_COUNT_CAP } from "@/lib/server/tickets/count-by-step";
import { testDb } from "@/test/support/db";
import { createTestToken } from "@/test/support/tokens";
import { uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { POST as postWebhook } from "../alertmanager/route";
import { GET as getTicket } from "./[id]/route";
import { GET as listTickets } from "./route";

let observerToken: string;
const get = async (path: string, token: string | null = observerToken) => {
  const request = new Request(`http://vigie.test${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const match = /^\/api\/tickets\/([^/?]+)/.exec(path);
  const response = match ? await getTicket(request, { params: Promise.resolve({ id: match[1]! }) }) : await listTickets(request, {});
  return { status: response.status, body: await response.json() };
};

const g = uniqueGroup({ severity: "warning", category: "resource" });

beforeAll(async () => {
  delete process.env.ALERTMANAGER_TOKEN;
  resetEnv();
  observerToken = await createTestToken("API", "OBSERVER");
  const alertmanagerToken = await createTestToken("ALERTMANAGER");
  const delivered = await postWebhook(webhookRequest(g.payload([g.alert({ annotations: { summary: `Disk filling up ${g.groupKey}` } })]), { token: alertmanagerToken }));
  expect(delivered.status).toBe(200);
});

describe("GET /api/tickets", () => {
  it("lists tickets for an API token, filtered by text, step and signal", async () => {
    const { status, body } = await get(`/api/tickets?text=${encodeURIComponent(g.groupKey)}&step=REGISTRATION&signal=firing`);
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ step: "REGISTRATION", signal: "FIRING", category: "RESOURCE", urgency: 3, alertCount: 1 });
    expect(body.counts.REGISTRATION).toBe(1);
    expect((await get(`/api/tickets?text=${encodeURIComponent(g.groupKey)}&step=CLOSURE`)).body.total).toBe(0);
  });

  it("filters by category, priority and assignee", async () => {
    const q = `text=${encodeURIComponent(g.groupKey)}`;
    expect((await get(`/api/tickets?${q}&category=resource&priority=3`)).body.total).toBe(1);
    expect((await get(`/api/tickets?${q}&category=server`)).body.total).toBe(0);
    expect((await get(`/api/tickets?${q}&priority=5,6`)).body.total).toBe(0);
    expect((await get(`/api/tickets?${q}&assignee=none`)).body.total).toBe(1);
    expect((await get(`/api/tickets?${q}&assignee=me`)).body.total).toBe(0);
    expect((await get(`/api/tickets?priority=9`)).status).toBe(400);
  });

  it("says 'at least' when a text search matches more than it counts", async () => {
    const word = `storm${Date.now()}`;
    // Filtered counts stop at STEP_COUNT_CAP per step: more matches than that make the total a lower bound.
    await testDb().ticket.createMany({ data: Array.from({ length: STEP_COUNT_CAP + 5 }, (_, i) => ({ title: `${word} ${i}`, source: "MANUAL" as const })) });
    const { body } = await get(`/api/tickets?text=${word}&pageSize=10`);
    expect(body).toMatchObject({ capped: true, total: STEP_COUNT_CAP });
    expect(body.items).toHaveLength(10);
    expect((await get(`/api/tickets?text=${word}%201000`)).body).toMatchObject({ capped: false, total: 1 });
  });

  it("paginates", async () => {
    const { body } = await get("/api/tickets?pageSize=1&page=1");
    expect(body.items).toHaveLength(1);
    expect(body.pageSize).toBe(1);
    expect(body.total).toBeGreaterThanOrEqual(1);
  });

  it("refuses a bad query with 400", async () => {
    const { status, body } = await get("/api/tickets?step=DONE");
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/step/);
  });

  it.each([
    ["an unknown token", "vig_unknown"],
    ["an Alertmanager token", "alertmanager"],
    ["a revoked token", "revoked"],
  ])("refuses %s with 401", async (_name, kind) => {
    const token = kind === "alertmanager" ? await createTestToken("ALERTMANAGER") : kind === "revoked" ? await createTestToken("API", "ADMIN", { revoked: true }) : kind;
    expect((await get("/api/tickets", token)).status).toBe(401);
  });
});

describe("GET /api/tickets/{id}", () => {
  it("returns the ticket with its alerts and timeline", async () => {
    const list = await get(`/api/tickets?text=${encodeURIComponent(g.groupKey)}`);
    const { status, body } = await get(`/api/tickets/${list.body.items[0].id}`);
    expect(status).toBe(200);
    expect(body.alerts).toHaveLength(1);
    expect(body.alerts[0]).toMatchObject({ status: "FIRING", labels: expect.objectContaining({ severity: "warning" }), generatorUrl: expect.any(String) });
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(["ticket.registered", "alert.firing"]);
  });

  it("answers 404 for an unknown ticket", async () => {
    expect((await get("/api/tickets/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await get("/api/tickets/not-a-uuid")).status).toBe(404);
  });
});

describe("the webhook and API tokens", () => {
  it("refuses an API token on the webhook", async () => {
    const apiToken = await createTestToken("API", "ADMIN");
    const other = uniqueGroup();
    expect((await postWebhook(webhookRequest(other.payload([other.alert()]), { token: apiToken }))).status).toBe(401);
  });
});
