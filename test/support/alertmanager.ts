import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { freePort, waitFor } from "@/scripts/lib/net";

// The real Alertmanager 0.25 (Debian's prometheus-alertmanager), alone, on loopback ports.
const BINARY = "prometheus-alertmanager";

// No cluster unless asked (an empty listen address, else it binds 0.0.0.0:9094); an HA peer on loopback otherwise.
function clusterFlags(cluster?: { port: number; peers: number[]; peerTimeout?: string }): string[] {
  if (!cluster) return ["--cluster.listen-address="];
  return [
    `--cluster.listen-address=127.0.0.1:${cluster.port}`, `--cluster.advertise-address=127.0.0.1:${cluster.port}`,
    ...cluster.peers.map((p) => `--cluster.peer=127.0.0.1:${p}`),
    ...(cluster.peerTimeout ? [`--cluster.peer-timeout=${cluster.peerTimeout}`] : []),
  ];
}

/**
 * Alertmanager alone, with the given configuration (webhook URLs and timers as the test wants), on a loopback
 * port. `push` posts alerts to its API as Prometheus would; `url` is for ALERTMANAGER_URL. With `cluster`, it is one
 * peer of an HA cluster on loopback (start each peer with the others' ports).
 */
export async function startAlertmanager(config: Record<string, unknown>, options: { cluster?: { port: number; peers: number[]; peerTimeout?: string } } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-alertmanager-"));
  const file = path.join(dir, "alertmanager.yml");
  fs.writeFileSync(file, stringify(config));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const child = spawn(BINARY, [
    `--config.file=${file}`, `--storage.path=${path.join(dir, "data")}`, `--web.listen-address=127.0.0.1:${port}`,
    ...clusterFlags(options.cluster), `--web.external-url=${url}`,
  ], { stdio: ["ignore", "pipe", "pipe"] });
  child.stderr?.on("data", (c: Buffer) => logs.push(c.toString()));
  const stop = () => new Promise<void>((resolve) => {
    const done = () => (fs.rmSync(dir, { recursive: true, force: true }), resolve());
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", done);
    child.kill("SIGTERM");
  });
  try {
    await waitFor("alertmanager", async () => (await fetch(`${url}/-/ready`)).ok, 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${logs.join("").slice(-3000)}`);
  }
  const push = async (alerts: { labels: Record<string, string>; annotations?: Record<string, string>; startsAt?: string; endsAt?: string }[]) => {
    const response = await fetch(`${url}/api/v2/alerts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(alerts) });
    if (!response.ok) throw new Error(`alertmanager refused the alerts: ${response.status} ${await response.text()}`);
  };
  return { url, push, stop, logs: () => logs.join("") };
}
