import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup } from "@/test/support/webhook";
import { serveWebhook } from "./serve-webhook";

// The webhook on Node's own request and response, as scripts/server.mjs serves it before Next's router, over real HTTP.
let server: http.Server;
let url: string;
let port: number;
const LIMIT = 4_096;

beforeAll(async () => {
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  process.env.WEBHOOK_MAX_BYTES = String(LIMIT);
  resetEnv();
  server = http.createServer((req, res) => void serveWebhook(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}/api/alertmanager`;
});

afterAll(async () => {
  delete process.env.WEBHOOK_MAX_BYTES;
  resetEnv();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const headers = { "content-type": "application/json", authorization: `Bearer ${TEST_ALERTMANAGER_TOKEN}` };

/** Raw HTTP/1.1 on one socket: what the server wrote back, and whether it closed the connection. */
function rawExchange(request: string, body: Buffer[], { pauseMs = 0 } = {}): Promise<{ head: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    const timer = setTimeout(() => (socket.destroy(), reject(new Error(`no answer: ${received}`))), 5_000);
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("error", () => {}); // the server may close while this side still writes: what it answered counts
    socket.on("close", () => (clearTimeout(timer), resolve({ head: received, closed: true })));
    socket.write(request);
    void (async () => {
      for (const part of body) {
        if (socket.destroyed) return;
        socket.write(part);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    })();
  });
}

describe("serveWebhook (the server's shortcut)", () => {
  it("stores a delivery and answers as the route does, twice on one kept-alive connection", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const g = uniqueGroup();
    const post = (body: string) =>
      new Promise<{ status: number; body: Record<string, unknown>; headers: http.IncomingHttpHeaders; socket: unknown }>((resolve, reject) => {
        const req = http.request(url, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (res) => {
          let text = "";
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text), headers: res.headers, socket: req.socket }));
        });
        req.on("error", reject);
        req.end(body);
      });
    const first = await post(JSON.stringify(g.payload([g.alert()])));
    const second = await post(JSON.stringify(g.payload([g.alert()])));
    agent.destroy();
    expect(first).toMatchObject({ status: 200, body: { status: "stored", decision: "open", fresh: 1 } });
    expect(first.headers).toMatchObject({ "content-type": "application/json", "cache-control": "no-store, no-transform" });
    expect(second).toMatchObject({ status: 200, body: { status: "stored", repeated: 1 } });
    expect(second.socket).toBe(first.socket);
    expect(await testDb().ticket.count({ where: { groupKey: g.groupKey } })).toBe(1);
  });

  it("answers 401 with its challenge to wrong credentials", async () => {
    const response = await fetch(url, { method: "POST", headers: { ...headers, authorization: "Bearer wrong" }, body: "{}" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="vigie"');
  });

  it.each([
    ["declared by Content-Length", true],
    ["sent chunked, without a length", false],
  ])("answers a body over WEBHOOK_MAX_BYTES %s with 413 (never a reset, which Alertmanager would retry) and closes", async (_name, declared) => {
    const parts = Array.from({ length: 8 }, () => Buffer.alloc(1_024, 0x61));
    const head = declared
      ? `POST /api/alertmanager HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_ALERTMANAGER_TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${8 * 1_024}\r\n\r\n`
      : `POST /api/alertmanager HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_ALERTMANAGER_TOKEN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const body = declared ? parts : parts.map((p) => Buffer.concat([Buffer.from(`${p.length.toString(16)}\r\n`), p, Buffer.from("\r\n")]));
    const { head: answer, closed } = await rawExchange(head, body, { pauseMs: 5 });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain("WEBHOOK_MAX_BYTES");
    expect(closed).toBe(true);
  });
});
