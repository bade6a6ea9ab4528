// docker/caddy/Caddyfile, checked by Caddy itself (Debian's caddy 2.6; the image runs 2.10): `caddy validate` with
// compose.yaml's environment, then Caddy run natively in front of small HTTP servers playing two Vigie replicas
// (their /api/health and /api/auth/grafana) and Grafana: the reverse proxy and its load balancing, forward_auth
// (a session's headers reach Grafana, a client's own X-WEBAUTH-* never do, no session means Grafana is never
// asked), Grafana's health endpoint open for the blackbox probe, and a replica that dies mid-traffic.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitFor } from "@/scripts/lib/net";
import { type Daemon, findBinary, requireBinaries, run, startDaemon } from "../testing/native";

const CADDY = { bin: "caddy", pkg: "caddy" };
const caddyfile = path.join(import.meta.dirname, "Caddyfile");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-caddy-"));
// Caddy's storage and config dirs: never the user's own.
const caddyEnv = (vars: Record<string, string>) => ({ PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: tmp, XDG_DATA_HOME: path.join(tmp, "data"), XDG_CONFIG_HOME: path.join(tmp, "config"), ...vars });

type Seen = { server: string; method: string; url: string; headers: http.IncomingHttpHeaders };
const seen: Seen[] = [];

// Sessions the fake Vigie knows, by cookie. Like the real endpoint, it always sends the four headers: Caddy 2.6
// passes a header missing from the auth answer as its literal placeholder text (2.10 drops it).
const sessions: Record<string, Record<string, string>> = {
  "session=admin": { "x-webauth-user": "ada@example.org", "x-webauth-email": "ada@example.org", "x-webauth-name": "Ada", "x-webauth-role": "Admin" },
  "session=observer": { "x-webauth-user": "soc@example.org", "x-webauth-email": "soc@example.org", "x-webauth-name": "SOC", "x-webauth-role": "Viewer" },
};

function fakeVigie(name: string): http.Server {
  return http.createServer((req, res) => {
    seen.push({ server: name, method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    // Caddy 2.6 passes the original query string on to the auth URI
    const pathname = (req.url ?? "").split("?")[0];
    if (pathname === "/api/health") return res.end("ok");
    if (pathname === "/api/auth/grafana") {
      const who = sessions[req.headers.cookie ?? ""];
      if (!who) {
        res.writeHead(401, { "content-type": "application/json" });
        return res.end('{"error":{"code":"UNAUTHENTICATED"}}');
      }
      res.writeHead(200, who);
      return res.end();
    }
    res.end(`page from ${name}`);
  });
}

function fakeGrafana(): http.Server {
  return http.createServer((req, res) => {
    seen.push({ server: "grafana", method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ url: req.url, headers: req.headers }));
  });
}

const servers: Record<string, { server: http.Server; port: number }> = {};
let caddy: Daemon | undefined;
let base = "";

async function listen(name: string, server: http.Server) {
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  servers[name] = { server, port };
}

beforeAll(async () => {
  if (!findBinary(CADDY.bin)) return;
  await listen("vigie-a", fakeVigie("vigie-a"));
  await listen("vigie-b", fakeVigie("vigie-b"));
  await listen("grafana", fakeGrafana());
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  caddy = await startDaemon(CADDY.bin, ["run", "--config", caddyfile, "--adapter", "caddyfile"], {
    env: caddyEnv({
      VIGIE_SITE: base,
      VIGIE_UPSTREAMS: `127.0.0.1:${servers["vigie-a"]?.port} 127.0.0.1:${servers["vigie-b"]?.port}`,
      GRAFANA_UPSTREAM: `127.0.0.1:${servers.grafana?.port}`,
    }),
    readyUrl: `${base}/api/health`,
  });
}, 60_000);

afterAll(async () => {
  await caddy?.stop();
  for (const { server } of Object.values(servers)) await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => fetch(`${base}${url}`, { headers, redirect: "manual" });
const grafanaSaw = async (response: Response) => (await response.json()) as { url: string; headers: Record<string, string> };

describe("docker/caddy/Caddyfile", () => {
  it.for([
    ["one Vigie", "vigie:3000"],
    ["two Vigie replicas (profile ha)", "vigie:3000 vigie-2:3000"],
  ] as const)("is valid for caddy validate, with compose.yaml's environment and %s", async ([, upstreams], ctx) => {
    requireBinaries(ctx, [CADDY]);
    const result = await run(CADDY.bin, ["validate", "--config", caddyfile, "--adapter", "caddyfile"], {
      env: caddyEnv({ VIGIE_SITE: "https://vigie.example.org", VIGIE_UPSTREAMS: upstreams, GRAFANA_UPSTREAM: "grafana:3000" }),
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("Valid configuration");
  });

  it("proxies Vigie, balancing between the replicas", async (ctx) => {
    requireBinaries(ctx, [CADDY]);
    const from = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const response = await get("/tickets");
      expect(response.status).toBe(200);
      from.add(await response.text());
    }
    expect([...from].sort()).toEqual(["page from vigie-a", "page from vigie-b"]);
    // the client's address for Vigie's TRUST_PROXY
    expect(seen.filter((s) => s.url === "/tickets").every((s) => s.headers["x-forwarded-for"] === "127.0.0.1")).toBe(true);
  });

  it("asks Vigie before Grafana, and answers its 401 itself: no session, no Grafana", async (ctx) => {
    requireBinaries(ctx, [CADDY]);
    const before = seen.filter((s) => s.server === "grafana").length;
    const response = await get("/grafana/d/vigie-system");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED" } });
    expect(seen.filter((s) => s.server === "grafana").length).toBe(before);
  });

  it("gives Grafana the user Vigie names, with the path intact, and Vigie the original request's cookie and URI", async (ctx) => {
    requireBinaries(ctx, [CADDY]);
    const response = await get("/grafana/d/vigie-system?orgId=1&kiosk", { cookie: "session=admin" });
    expect(response.status).toBe(200);
    const grafana = await grafanaSaw(response);
    expect(grafana.url).toBe("/grafana/d/vigie-system?orgId=1&kiosk");
    expect(grafana.headers).toMatchObject({ "x-webauth-user": "ada@example.org", "x-webauth-email": "ada@example.org", "x-webauth-name": "Ada", "x-webauth-role": "Admin" });
    const check = seen.filter((s) => s.url.startsWith("/api/auth/grafana")).at(-1) as Seen;
    expect(check.method).toBe("GET");
    expect(check.headers.cookie).toBe("session=admin");
    expect(check.headers["x-forwarded-uri"]).toBe("/grafana/d/vigie-system?orgId=1&kiosk");
  });

  it("drops a client's own X-WEBAUTH-* headers: an observer cannot claim to be an admin", async (ctx) => {
    requireBinaries(ctx, [CADDY]);
    const spoofed = { "X-WEBAUTH-USER": "admin", "X-WEBAUTH-ROLE": "Admin", "X-WEBAUTH-NAME": "Mallory", "X-WEBAUTH-EMAIL": "mallory@example.org" };
    const observer = await grafanaSaw(await get("/grafana/api/ds/query", { cookie: "session=observer", ...spoofed }));
    expect(observer.headers).toMatchObject({ "x-webauth-user": "soc@example.org", "x-webauth-role": "Viewer", "x-webauth-name": "SOC", "x-webauth-email": "soc@example.org" });
    // and without a session, spoofed headers get nowhere
    expect((await get("/grafana/", spoofed)).status).toBe(401);
  });

  it("lets the blackbox probe reach Grafana's /api/health without a session (and without the client's headers)", async (ctx) => {
    requireBinaries(ctx, [CADDY]);
    const response = await get("/grafana/api/health", { "X-WEBAUTH-USER": "admin" });
    expect(response.status).toBe(200);
    const grafana = await grafanaSaw(response);
    expect(grafana.url).toBe("/grafana/api/health");
    // /api/health is the only path under /grafana/ that skips forward_auth
    expect((await get("/grafana/api/healthz")).status).toBe(401);
  });

  it("keeps answering when a replica dies: requests go to the other one", async (ctx) => {
    requireBinaries(ctx, [CADDY]);
    const a = servers["vigie-a"] as { server: http.Server };
    a.server.closeAllConnections();
    await new Promise<void>((resolve) => a.server.close(() => resolve()));
    const answers: string[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await get("/tickets");
      expect(response.status, `request ${i} after vigie-a died`).toBe(200);
      answers.push(await response.text());
    }
    expect(new Set(answers)).toEqual(new Set(["page from vigie-b"]));
    // Grafana's check goes to the live replica too
    expect((await get("/grafana/", { cookie: "session=observer" })).status).toBe(200);
    // the active health check marks it down (5 s interval): still only vigie-b afterwards
    await waitFor("a health check after the death", async () => seen.filter((s) => s.url === "/api/health" && s.server === "vigie-b").length > 1, 15_000);
    expect((await (await get("/tickets")).text())).toBe("page from vigie-b");
  }, 30_000);
});
