// Helpers for the backup and restore drill (restore-drill.test.ts): Debian's PostgreSQL 15 and pgBackRest, run
// natively in a temp dir, as the `postgres` user when the test runs as root (initdb and pg_ctl refuse root); for
// the off-site repository, Debian's OpenSSH server on loopback plays both the backup server's sshd and the Vigie
// host's backup-sshd (one machine here), started by the shipped backup-sshd.sh.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import net from "node:net";
import { freePort, waitFor } from "@/scripts/lib/net";
import { findBinary, type RunResult, run } from "../testing/native";

export const PG_BIN = "/usr/lib/postgresql/15/bin";
export const STANZA = "vigie";
const here = import.meta.dirname;
export const SHIPPED_CONF = path.join(here, "pgbackrest.conf");
export const JOB_SCRIPT = path.join(here, "pgbackrest-job.sh");
const METRIC_SCRIPT = path.join(here, "write-backup-metric.sh");
export const ROLES_SCRIPT = path.join(here, "..", "postgres", "init", "10-roles.sh");
export const RESTORE_SCRIPT = path.join(here, "restore.sh");
export const REDIS_RESTORE_SCRIPT = path.join(here, "redis-restore.sh");
export const REDIS_EXPORT_SCRIPT = path.join(here, "redis-export.sh");
const CONFIG_HOOK = path.join(here, "pgbackrest-config.sh");
const SSH_WRAPPER = path.join(here, "vigie-ssh.sh");
const SSHD_SCRIPT = path.join(here, "backup-sshd.sh");
const SSHD_TEMPLATE = path.join(here, "sshd_config");
const RENDER = path.join(here, "..", "render-config.sh");
const SERVER_TEMPLATE = path.join(here, "..", "backup-server", "pgbackrest.conf");
export const SERVER_JOB_SCRIPT = path.join(here, "..", "backup-server", "backup-server-job.sh");
const isRoot = process.getuid?.() === 0;

/** Why the off-site part cannot run here, or undefined. sshd needs root (privilege separation, the login). */
export function offsiteMissing(): string | undefined {
  const missing: string[] = [];
  if (!fs.existsSync("/usr/sbin/sshd")) missing.push("/usr/sbin/sshd");
  for (const bin of ["ssh", "scp", "ssh-keygen", "openssl", "redis-server", "redis-cli"]) if (!findBinary(bin)) missing.push(bin);
  if (missing.length) return `${missing.join(", ")} missing: apt-get install -y openssh-server openssh-client openssl redis-server redis-tools`;
  if (!isRoot) return "the off-site drill runs sshd, which needs root";
  return undefined;
}

/**
 * A pgBackRest configuration with settings replaced or added, per section (e.g. the shipped file's paths pointed
 * into the drill's dir); every other line kept as it is.
 */
export function overrideConfig(text: string, overrides: Record<string, Record<string, string>>): string {
  const out: string[] = [];
  const done = new Set<string>();
  let section = "";
  const addMissing = () => {
    for (const [key, value] of Object.entries(overrides[section] ?? {})) if (!done.has(`${section}.${key}`)) out.push(`${key}=${value}`);
  };
  for (const line of text.split("\n")) {
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
export function drillConfig(shipped: string, o: { repoPath: string; pgPath: string; socketPath: string; port: number; lockPath: string }, extra: Record<string, Record<string, string>> = {}): string {
  return overrideConfig(shipped, {
    global: { "repo1-path": o.repoPath, "lock-path": o.lockPath, ...extra.global },
    [STANZA]: { "pg1-path": o.pgPath, "pg1-socket-path": o.socketPath, "pg1-port": String(o.port), ...extra[STANZA] },
  });
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
  /** pgbackrest-config's conf.d (the off-site cipher pass) */
  readonly includeDir: string;
  /** For every command, and so for PostgreSQL's archive_command: which pgBackRest configuration, which SSH key. */
  readonly env: Record<string, string>;
  private readonly started: Cluster[] = [];

  private constructor(readonly dir: string) {
    this.conf = path.join(dir, "pgbackrest.conf");
    this.socketDir = path.join(dir, "socket");
    this.textfileDir = path.join(dir, "textfile");
    this.secretsDir = path.join(dir, "secrets");
    this.includeDir = path.join(dir, "conf.d");
    this.env = { PGBACKREST_CONFIG: this.conf, PGBACKREST_CONFIG_INCLUDE_PATH: this.includeDir };
    process.once("exit", this.killSync);
  }

  static create(): Drill {
    const drill = new Drill(fs.mkdtempSync(path.join(isRoot ? "/tmp" : os.tmpdir(), "vigie-drill-")));
    for (const sub of ["socket", "textfile", "repo", "lock", "bin", "secrets", "conf.d"]) fs.mkdirSync(path.join(drill.dir, sub), { mode: 0o700 });
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
    const vars = { PATH: `${path.join(this.dir, "bin")}:${PG_BIN}:${process.env.PATH ?? ""}`, ...this.env, ...env };
    if (!isRoot) return run(command, args, { env: { ...process.env, ...vars }, timeoutMs });
    const assignments = Object.entries(vars).map(([k, v]) => `${k}=${v}`);
    return run("runuser", ["-u", "postgres", "--", "env", ...assignments, command, ...args], { cwd: this.dir, timeoutMs });
  }

  pgbackrest(args: string[], timeoutMs = 60_000): Promise<RunResult> {
    return this.as("pgbackrest", [`--config=${this.conf}`, `--stanza=${STANZA}`, ...args], {}, timeoutMs).then(must);
  }

  /**
   * Renders a pgBackRest template as the containers do at start (the shipped pgbackrest-config.sh and
   * render-config.sh, with `vars` as docker/.env would give them); returns the rendered text.
   */
  async renderConfig(template: string, includeDir: string, vars: Record<string, string>): Promise<string> {
    const out = path.join(this.dir, `rendered-${path.basename(path.dirname(template))}.conf`);
    must(await this.as("sh", [CONFIG_HOOK, "true"], {
      RENDER_CONFIG: RENDER, PGBACKREST_TEMPLATE: template, PGBACKREST_CONF: out, PGBACKREST_INCLUDE_DIR: includeDir,
      BACKUP_CIPHER_PASS_FILE: path.join(this.secretsDir, "backup_cipher_pass"), ...vars,
    }));
    return fs.readFileSync(out, "utf8");
  }

  /**
   * initdb (superuser `postgres`, as in the postgres service), WAL archived with pgBackRest as compose.yaml's
   * archive_command does it; the config rendered from the shipped template (with the off-site repository on
   * `offsite` when given), its paths pointed into the drill's dir.
   */
  async init(name: string, offsite?: OffsiteServer): Promise<Cluster> {
    const dataDir = path.join(this.dir, name);
    const port = await freePort();
    must(await this.as(path.join(PG_BIN, "initdb"), ["-D", dataDir, "-U", "postgres", `--pwfile=${path.join(this.dir, "pwfile")}`, "-A", "scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C", "--no-sync"], {}, 60_000));
    const rendered = await this.renderConfig(SHIPPED_CONF, this.includeDir, offsite ? offsite.vigieVars() : {});
    const conf = drillConfig(rendered, { repoPath: path.join(this.dir, "repo"), pgPath: dataDir, socketPath: this.socketDir, port, lockPath: path.join(this.dir, "lock") }, offsite ? offsite.vigieOverrides() : {});
    fs.writeFileSync(this.conf, conf, { mode: 0o640 });
    const settings = [
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      `unix_socket_directories = '${this.socketDir}'`,
      "shared_buffers = 32MB",
      "wal_level = replica",
      "archive_mode = on",
      // as compose.yaml's; the configuration comes from the environment pg_ctl starts the server with
      `archive_command = 'pgbackrest --stanza=${STANZA} archive-push %p'`,
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

  /** A cluster that something else (restore.sh) stopped: not ours to stop any more. */
  forget(c: Cluster): void {
    const i = this.started.indexOf(c);
    if (i >= 0) this.started.splice(i, 1);
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

/**
 * The backup server, on loopback: the shipped backup-sshd.sh runs sshd (as root) for the `postgres` user with one
 * key, which both sides use here (same machine, same user); the backup server's pgBackRest configuration is
 * the shipped docker/backup-server/pgbackrest.conf, rendered, with its paths in the drill's dir.
 */
export class OffsiteServer {
  readonly dir: string;
  readonly repoPath: string;
  readonly conf: string;
  readonly includeDir: string;
  readonly sshEnv: Record<string, string>;
  port = 0;
  /**
   * sshd's own files: outside /tmp, whose world-writable mode makes sshd refuse the authorized keys under it
   * (StrictModes, kept as shipped).
   */
  readonly sshdDir = fs.mkdtempSync("/run/vigie-drill-sshd-");
  private sshd: ChildProcess | undefined;
  private sshdLog = "";

  constructor(private readonly drill: Drill) {
    this.dir = path.join(drill.dir, "offsite");
    this.repoPath = path.join(this.dir, "pgbackrest");
    this.conf = path.join(this.dir, "pgbackrest.conf");
    this.includeDir = path.join(this.dir, "conf.d");
    this.sshEnv = { VIGIE_SSH_KEY: path.join(drill.secretsDir, "backup_ssh_key"), VIGIE_SSH_KNOWN_HOSTS: path.join(drill.secretsDir, "backup_known_hosts"), TMPDIR: drill.dir };
  }

  /** Keys, sshd, the cipher pass; call before Drill.init(…, this). */
  async start(): Promise<void> {
    const d = this.drill;
    for (const sub of ["", "pgbackrest", "redis", "conf.d", "lock"]) fs.mkdirSync(path.join(this.dir, sub), { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(d.secretsDir, "backup_cipher_pass"), `${randomBytes(32).toString("hex")}\n`, { mode: 0o600 });
    spawnSync("chown", ["-R", "postgres:postgres", d.dir]);
    must(await d.as("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "drill", "-f", path.join(d.secretsDir, "backup_ssh_key")]));
    // Compose mounts the secret where root reads it; the drill's secrets dir is postgres's (0700).
    const publicKey = path.join(this.sshdDir, "peer.pub");
    fs.copyFileSync(path.join(d.secretsDir, "backup_ssh_key.pub"), publicKey);
    this.port = await freePort();
    // As root, as in the container: sshd's privilege separation and the login need it.
    const sshdDir = this.sshdDir;
    fs.chmodSync(sshdDir, 0o755);
    const sshd = spawn("sh", [SSHD_SCRIPT], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", SSHD_DIR: sshdDir, SSHD_LISTEN: `127.0.0.1:${this.port}`, AUTHORIZED_KEY_FILE: publicKey, PEER_FROM: "127.0.0.1", SSHD_TEMPLATE: SSHD_TEMPLATE, RENDER_CONFIG: RENDER } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.sshd = sshd;
    const keep = (c: Buffer) => (this.sshdLog = (this.sshdLog + c.toString()).slice(-20_000));
    sshd.stdout.on("data", keep);
    sshd.stderr.on("data", keep);
    process.once("exit", this.kill);
    await waitFor("sshd", () => new Promise<boolean>((resolve) => {
      const socket = net.connect(this.port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.once("error", () => resolve(false));
    }), 15_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${this.sshdLog}`);
    });
    // Pin the host key backup-sshd.sh printed, as the operator does on the other side.
    const hostKey = /host key \(pin it[^)]*\): (\S+ \S+)/.exec(this.sshdLog)?.[1];
    if (!hostKey) throw new Error(`no host key in backup-sshd's output\n${this.sshdLog}`);
    fs.writeFileSync(path.join(d.secretsDir, "backup_known_hosts"), `[127.0.0.1]:${this.port} ${hostKey}\n`, { mode: 0o644 });
    for (const sub of ["pgbackrest", "redis", "conf.d", "lock"]) spawnSync("chown", ["-R", "postgres:postgres", path.join(this.dir, sub)]);
    spawnSync("chown", ["-R", "postgres:postgres", d.secretsDir]);
    Object.assign(d.env, this.sshEnv);
  }

  logs(): string {
    return this.sshdLog;
  }

  /** docker/.env's off-site settings on the Vigie host. */
  vigieVars(): Record<string, string> {
    return { BACKUP_SERVER: "127.0.0.1", BACKUP_SERVER_PORT: String(this.port), BACKUP_SERVER_USER: "postgres", BACKUP_SERVER_CONFIG: this.conf };
  }

  /** The Vigie host's rendered config, pointed at this drill's files (the image's paths do not exist here). */
  vigieOverrides(): Record<string, Record<string, string>> {
    return { global: { "cmd-ssh": SSH_WRAPPER, "repo2-host-config-include-path": this.includeDir } };
  }

  /** Renders the backup server's configuration, pointing at the Vigie host's (`c`), as its containers do. */
  async configure(c: Cluster): Promise<void> {
    const rendered = await this.drill.renderConfig(SERVER_TEMPLATE, this.includeDir, { VIGIE_HOST: "127.0.0.1", VIGIE_HOST_PORT: String(this.port), VIGIE_HOST_CONFIG: this.drill.conf, OFFSITE_RETENTION_DAYS: "14" });
    const conf = overrideConfig(rendered, {
      global: { "repo2-path": this.repoPath, "lock-path": path.join(this.dir, "lock"), "cmd-ssh": SSH_WRAPPER },
      [STANZA]: { "pg1-path": c.dataDir, "pg1-socket-path": this.drill.socketDir, "pg1-port": String(c.port), "pg1-host-config-include-path": this.drill.includeDir },
    });
    fs.writeFileSync(this.conf, conf, { mode: 0o640 });
    spawnSync("chown", ["postgres:postgres", this.conf]);
  }

  /** The environment of the backup server's job (backup-server-job.sh), as its compose file gives it. */
  jobEnv(redisExportDir: string): Record<string, string> {
    return {
      PGBACKREST_CONFIG: this.conf, PGBACKREST_CONFIG_INCLUDE_PATH: this.includeDir, VIGIE_HOST: "127.0.0.1", VIGIE_HOST_PORT: String(this.port),
      REDIS_EXPORT_DIR: redisExportDir, OFFSITE_DIR: this.dir, BACKUP_CIPHER_PASS_FILE: path.join(this.drill.secretsDir, "backup_cipher_pass"), SSH: SSH_WRAPPER,
    };
  }

  async stop(): Promise<void> {
    process.removeListener("exit", this.kill);
    const sshd = this.sshd;
    if (sshd && sshd.exitCode === null && sshd.signalCode === null) {
      await new Promise<void>((resolve) => {
        sshd.once("exit", () => resolve());
        sshd.kill("SIGTERM");
      });
    }
    fs.rmSync(this.sshdDir, { recursive: true, force: true });
  }

  private readonly kill = () => {
    if (this.sshd && this.sshd.exitCode === null) this.sshd.kill("SIGKILL");
    fs.rmSync(this.sshdDir, { recursive: true, force: true });
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

