import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort, waitFor } from "@/scripts/lib/net";
import { SERVER_NODE_FLAGS } from "@/scripts/lib/server-flags.mjs";

export type AppServer = { baseURL: string; pid: number; stop(): Promise<void> };

/** Runs the built app (scripts/server.mjs, as `npm start` does) on a free loopback port against the given database. */
export async function startAppServer(options: { root: string; databaseUrl: string; env?: Record<string, string | undefined>; port?: number }): Promise<AppServer> {
  if (!fs.existsSync(path.join(options.root, ".next", "BUILD_ID"))) {
    throw new Error("The app is not built: run `npm run build` first (npm test does).");
  }
  const port = options.port ?? (await freePort());
  const baseURL = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  // VIGIE_CPU_PROFILE_DIR: write a V8 CPU profile of the server there when it stops (for `npm run bench`).
  const profile = process.env.VIGIE_CPU_PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", process.env.VIGIE_CPU_PROFILE_DIR] : [];
  const server = path.join(options.root, "scripts", "server.mjs");
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...profile, server, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: options.root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    logs.push(chunk.toString());
    if (logs.length > 200) logs.shift();
    if (process.env.VIGIE_TEST_APP_LOGS) process.stderr.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => (clearTimeout(timer), resolve()));
      child.kill("SIGTERM");
    });
  };
  try {
    await waitFor("the app", async () => {
      if (child.exitCode !== null) throw new Error("exited");
      const response = await fetch(`${baseURL}/api/health`);
      return response.status === 200;
    }, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${logs.join("").slice(-3000)}`);
  }
  return { baseURL, pid: child.pid!, stop };
}
