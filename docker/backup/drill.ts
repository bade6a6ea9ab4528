// Helpers for the backup and restore drill (restore-drill.test.ts): Debian's PostgreSQL 15 and pgBackRest, run
// natively in a temp dir, as the `postgres` user when the test runs as root (initdb and pg_ctl refuse root).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "@/scripts/lib/net";
import { findBinary, type RunResult, run } from "../testing/native";

export const PG_BIN = "/usr/lib/postgresql/15/bin";
export const STANZA = "vigie";
const here = import.meta.dirname;
export const SHIPPED_CONF = path.join(here, "pgbackrest.conf");
export const JOB_SCRIPT = path.join(here, "pgbackrest-job.sh");
const METRIC_SCRIPT = path.join(here, "write-backup-metric.sh");
export const ROLES_SCRIPT = path.join(here, "..", "postgres", "init", "10-roles.sh");
const isRoot = process.getuid?.() === 0;

/** Why the drill cannot run here ("… missing: apt-get install -y postgresql pgbackrest jq"), or undefined. */
export function drillMissing(): string | undefined {
  const missing: string[] = [];
  for (const bin of ["initdb", "pg_ctl"]) if (!fs.existsSync(path.join(PG_BIN, bin))) missing.push(path.join(PG_BIN, bin));
  if (!findBinary("pgbackrest")) missing.push("pgbackrest");
  if (!findBinary("jq")) missing.push("jq (used by pgbackrest-job.sh)");
  if (isRoot && (!findBinary("runuser") || spawnSync("id", ["-u", "postgres"]).status !== 0)) missing.push("runuser, the postgres user");
  return missing.length ? `${missing.join(", ")} missing: apt-get install -y postgresql pgbackrest jq` : undefined;
}

/**
 * The shipped pgbackrest.conf with its paths pointed into the drill's dir (repository, data directory, socket,
 * lock) and the port added; every other setting kept as shipped (retention, compression, start-fast, pg1-user…).
 */
export function drillConfig(shipped: string, o: { repoPath: string; pgPath: string; socketPath: string; port: number; lockPath: string }): string {
  const overrides: Record<string, Record<string, string>> = {
    global: { "repo1-path": o.repoPath, "lock-path": o.lockPath },
    [STANZA]: { "pg1-path": o.pgPath, "pg1-socket-path": o.socketPath, "pg1-port": String(o.port) },
  };
  const out: string[] = [];
  const done = new Set<string>();
  let section = "";
  const addMissing = () => {
    for (const [key, value] of Object.entries(overrides[section] ?? {})) if (!done.has(`${section}.${key}`)) out.push(`${key}=${value}`);
  };
  for (const line of shipped.split("\n")) {
    const header = /^\[(.+)\]\s*$/.exec(line);
    const setting = /^([\w-]+)\s*=/.exec(line);
    if (header) {
      addMissing();
      section = header[1] as string;
    } else if (setting && overrides[section]?.[setting[1] as string] !== undefined) {
      out.push(`${setting[1]}=${overrides[section]?.[setting[1] as string]}`);
      done.add(`${section}.${setting[1]}`);
      continue;
    }
    out.push(line);
  }
  addMissing();
  return `${out.join("\n").trimEnd()}\n`;
}

const must = (r: RunResult): RunResult => {
  if (r.code !== 0) throw new Error(`exit ${r.code ?? r.signal}\n${r.output}`);
  return r;
};

export interface Cluster {
  dataDir: string;
  port: number;
  /** as Vigie's role, `vigie` */
  url: string;
  /** as the superuser, `postgres` (WAL switches, checks of the restore) */
  adminUrl: string;
}

/** A temp dir owned by `postgres`, with its clusters, a pgBackRest repository and config, and a textfile dir. */
export class Drill {
  /** The `vigie` role's (vigie_db_password); the superuser `postgres` has its own, and the exporter its own. */
  readonly password = randomBytes(18).toString("hex");
  readonly exporterPassword = randomBytes(18).toString("hex");
  readonly superuserPassword = randomBytes(18).toString("hex");
  readonly secretsDir: string;
  readonly conf: string;
  readonly socketDir: string;
  readonly textfileDir: string;
  private readonly started: Cluster[] = [];

  private constructor(readonly dir: string) {
    this.conf = path.join(dir, "pgbackrest.conf");
    this.socketDir = path.join(dir, "socket");
    this.textfileDir = path.join(dir, "textfile");
    this.secretsDir = path.join(dir, "secrets");
    process.once("exit", this.killSync);
  }

  static create(): Drill {
    const drill = new Drill(fs.mkdtempSync(path.join(isRoot ? "/tmp" : os.tmpdir(), "vigie-drill-")));
    for (const sub of ["socket", "textfile", "repo", "lock", "bin", "secrets"]) fs.mkdirSync(path.join(drill.dir, sub), { mode: 0o700 });
    // write-backup-metric, on the job's PATH as in the backup image.
    fs.symlinkSync(METRIC_SCRIPT, path.join(drill.dir, "bin", "write-backup-metric"));
    fs.writeFileSync(path.join(drill.dir, "pwfile"), `${drill.superuserPassword}\n`, { mode: 0o600 });
    // As the compose stack's secrets, for postgres/init/10-roles.sh (a quote in one, as a password may have).
    fs.writeFileSync(path.join(drill.secretsDir, "vigie_db_password"), `${drill.password}\n`, { mode: 0o600 });
    fs.writeFileSync(path.join(drill.secretsDir, "postgres_exporter_password"), `${drill.exporterPassword}'x\n`, { mode: 0o600 });
    if (isRoot) must(spawnResult(spawnSync("chown", ["-R", "postgres:postgres", drill.dir], { encoding: "utf8" })));
    return drill;
  }

  /** Runs a command as `postgres` (or as ourselves when not root), with env added to the environment. */
  as(command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 30_000): Promise<RunResult> {
    const vars = { PATH: `${path.join(this.dir, "bin")}:${PG_BIN}:${process.env.PATH ?? ""}`, ...env };
    if (!isRoot) return run(command, args, { env: { ...process.env, ...vars }, timeoutMs });
    const assignments = Object.entries(vars).map(([k, v]) => `${k}=${v}`);
    return run("runuser", ["-u", "postgres", "--", "env", ...assignments, command, ...args], { cwd: this.dir, timeoutMs });
  }

  pgbackrest(args: string[], timeoutMs = 60_000): Promise<RunResult> {
    return this.as("pgbackrest", [`--config=${this.conf}`, `--stanza=${STANZA}`, ...args], {}, timeoutMs).then(must);
  }

  /** initdb (superuser `postgres`, as in the postgres service), WAL archived with pgBackRest; writes the config. */
  async init(name: string): Promise<Cluster> {
    const dataDir = path.join(this.dir, name);
    const port = await freePort();
    must(await this.as(path.join(PG_BIN, "initdb"), ["-D", dataDir, "-U", "postgres", `--pwfile=${path.join(this.dir, "pwfile")}`, "-A", "scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C", "--no-sync"], {}, 60_000));
    const shipped = fs.readFileSync(SHIPPED_CONF, "utf8");
    const conf = drillConfig(shipped, { repoPath: path.join(this.dir, "repo"), pgPath: dataDir, socketPath: this.socketDir, port, lockPath: path.join(this.dir, "lock") });
    fs.writeFileSync(this.conf, conf, { mode: 0o640 });
    const settings = [
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      `unix_socket_directories = '${this.socketDir}'`,
      "shared_buffers = 32MB",
      "wal_level = replica",
      "archive_mode = on",
      `archive_command = 'pgbackrest --config=${this.conf} --stanza=${STANZA} archive-push %p'`,
    ];
    fs.appendFileSync(path.join(dataDir, "postgresql.conf"), `\n# restore drill\n${settings.join("\n")}\n`);
    if (isRoot) spawnSync("chown", ["postgres:postgres", this.conf]);
    return this.cluster(dataDir, port);
  }

  /**
   * What the postgres image does on an empty volume: POSTGRES_DB created, then the init scripts run as the
   * superuser over the socket; here the shipped postgres/init/10-roles.sh.
   */
  async createDatabaseAndRoles(c: Cluster): Promise<RunResult> {
    const psql = path.join(PG_BIN, "psql");
    must(await this.as(psql, ["-h", this.socketDir, "-p", String(c.port), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE vigie"]));
    return must(await this.as("bash", [ROLES_SCRIPT], { SECRETS_DIR: this.secretsDir, POSTGRES_USER: "postgres", POSTGRES_DB: "vigie", PGHOST: this.socketDir, PGPORT: String(c.port) }));
  }

  /** The exporter's connection, as compose.yaml gives it to postgres_exporter. */
  exporterUrl(c: Cluster): string {
    return `postgresql://postgres_exporter:${encodeURIComponent(`${this.exporterPassword}'x`)}@127.0.0.1:${c.port}/vigie?sslmode=disable`;
  }

  cluster(dataDir: string, port: number): Cluster {
    const url = `postgresql://vigie:${this.password}@127.0.0.1:${port}/vigie`;
    const adminUrl = `postgresql://postgres:${this.superuserPassword}@127.0.0.1:${port}/vigie`;
    return { dataDir, port, url, adminUrl };
  }

  async start(c: Cluster): Promise<void> {
    const log = `${c.dataDir}.log`;
    const result = await this.as(path.join(PG_BIN, "pg_ctl"), ["-D", c.dataDir, "-l", log, "-w", "-t", "30", "-o", `-p ${c.port} -k ${this.socketDir}`, "start"], {}, 40_000);
    this.started.push(c);
    if (result.code !== 0) throw new Error(`${result.output}\n${fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(-3_000) : ""}`);
  }

  async stop(c: Cluster): Promise<void> {
    const i = this.started.indexOf(c);
    if (i < 0) return;
    this.started.splice(i, 1);
    await this.as(path.join(PG_BIN, "pg_ctl"), ["-D", c.dataDir, "-m", "fast", "-w", "-t", "20", "stop"], {}, 30_000);
  }

  /** Stops every cluster still running, deletes the dir. */
  async cleanup(): Promise<void> {
    for (const c of [...this.started].reverse()) await this.stop(c);
    process.removeListener("exit", this.killSync);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private readonly killSync = () => {
    for (const c of this.started) spawnSync(isRoot ? "runuser" : path.join(PG_BIN, "pg_ctl"), [...(isRoot ? ["-u", "postgres", "--", path.join(PG_BIN, "pg_ctl")] : []), "-D", c.dataDir, "-m", "immediate", "stop"], { timeout: 10_000 });
    fs.rmSync(this.dir, { recursive: true, force: true });
  };
}

function spawnResult(r: ReturnType<typeof spawnSync>): RunResult {
  const stdout = String(r.stdout ?? "");
  const stderr = String(r.stderr ?? "");
  return { code: r.status, signal: r.signal, stdout, stderr, output: stdout + stderr };
}

/** Runs SQL on a cluster, on a fresh connection. */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(c: Cluster, text: string, values: unknown[] = [], as: "vigie" | "postgres" = "vigie"): Promise<T[]> {
  const client = new pg.Client({ connectionString: as === "postgres" ? c.adminUrl : c.url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

