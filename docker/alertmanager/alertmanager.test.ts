// The shipped alertmanager.yml, rendered by render-config.sh and run by the real Alertmanager (Debian's
// prometheus-alertmanager 0.25): the Watchdog reaches the external heartbeat URL (risk R5's dead-man's switch)
// with its own token, besides Vigie's webhook; the HostDown → TargetDown inhibition matches on `host`.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitFor } from "@/scripts/lib/net";
import { type Daemon, findBinary, requireBinaries, startDaemon } from "../testing/native";
import { FULL_ENV, render, withLocalSecrets } from "../testing/render";

const ALERTMANAGER = { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" };
const shipped = path.join(import.meta.dirname, "alertmanager.yml");

type Received = { path: string; authorization: string | undefined; body: { receiver: string; status: string; alerts: { labels: Record<string, string> }[] } };
const received: Received[] = [];
let server: http.Server | undefined;
let alertmanager: Daemon | undefined;
let amUrl = "";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-am-"));
const HEARTBEAT_TOKEN = "the-external-heartbeat-token-0123456789";
const VIGIE_TOKEN = "the-vigie-webhook-token-0123456789";

beforeAll(async () => {
  if (!findBinary(ALERTMANAGER.bin)) return;
  // One local server plays both Vigie's webhook and the external heartbeat service, told apart by path.
  const port = await freePort();
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ path: req.url ?? "", authorization: req.headers.authorization, body: JSON.parse(body) as Received["body"] });
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server?.listen(port, "127.0.0.1", resolve));
  const rendered = await render(shipped, { ...FULL_ENV, HEARTBEAT_URL: `http://127.0.0.1:${port}/ping/0a1b2c3d` });
  expect(rendered.code, rendered.output).toBe(0);
  const text = rendered.text.replaceAll("http://vigie:3000/api/alertmanager", `http://127.0.0.1:${port}/api/alertmanager`);
  const config = withLocalSecrets(text, tmp, "alertmanager.yml", { heartbeat_token: HEARTBEAT_TOKEN, vigie_alertmanager_token: VIGIE_TOKEN });
  const amPort = await freePort();
  amUrl = `http://127.0.0.1:${amPort}`;
  alertmanager = await startDaemon(ALERTMANAGER.bin, [
    `--config.file=${config}`, `--storage.path=${path.join(tmp, "data")}`, `--web.listen-address=127.0.0.1:${amPort}`,
    "--cluster.listen-address=", `--web.external-url=${amUrl}`,
  ], { readyUrl: `${amUrl}/-/ready` });
}, 60_000);

afterAll(async () => {
  await alertmanager?.stop();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function push(alerts: { labels: Record<string, string> }[]) {
  const response = await fetch(`${amUrl}/api/v2/alerts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(alerts) });
  expect(response.status, await response.text()).toBe(200);
}

describe("Alertmanager with the shipped configuration (prometheus-alertmanager 0.25)", () => {
  it("sends the Watchdog to the external heartbeat URL, with the heartbeat token, and to Vigie", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    await push([{ labels: { alertname: "Watchdog", severity: "none", risk: "R1" } }]);
    await waitFor("the Watchdog at both receivers", async () => received.some((r) => r.path.startsWith("/ping/")) && received.some((r) => r.body.receiver === "vigie-heartbeat"), 20_000);
    const ping = received.find((r) => r.path.startsWith("/ping/")) as Received;
    expect(ping.path).toBe("/ping/0a1b2c3d");
    expect(ping.authorization).toBe(`Bearer ${HEARTBEAT_TOKEN}`);
    expect(ping.body).toMatchObject({ receiver: "external-heartbeat", status: "firing" });
    expect(ping.body.alerts.map((a) => a.labels.alertname)).toEqual(["Watchdog"]);
    const vigie = received.find((r) => r.body.receiver === "vigie-heartbeat") as Received;
    expect(vigie.path).toBe("/api/alertmanager");
    expect(vigie.authorization).toBe(`Bearer ${VIGIE_TOKEN}`);
  }, 30_000);

  it("inhibits TargetDown on the host HostDown names, not on another host", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    await push([
      { labels: { alertname: "HostDown", severity: "critical", job: "node", instance: "node-exporter:9100", host: "docker-host" } },
      { labels: { alertname: "TargetDown", severity: "high", job: "postgres", instance: "postgres-exporter:9187", host: "docker-host" } },
      { labels: { alertname: "TargetDown", severity: "high", job: "postgres", instance: "db2:9187", host: "other-host" } },
    ]);
    type Listed = { labels: Record<string, string>; status: { inhibitedBy: string[] } };
    let listed: Listed[] = [];
    await waitFor("the inhibition", async () => {
      listed = (await (await fetch(`${amUrl}/api/v2/alerts?filter=alertname%3D%22TargetDown%22`)).json()) as Listed[];
      return listed.length === 2 && listed.some((a) => a.status.inhibitedBy.length > 0);
    }, 15_000);
    const byHost = Object.fromEntries(listed.map((a) => [a.labels.host, a.status.inhibitedBy.length]));
    expect(byHost).toEqual({ "docker-host": 1, "other-host": 0 });
  }, 30_000);
});
