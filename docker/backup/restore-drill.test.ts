// The backup and restore drills, run with the shipped scripts and Debian's PostgreSQL 15, pgBackRest 2.45, OpenSSH
// and Redis natively (no Docker engine here; the image runs PostgreSQL 17):
// - local: the roles as the image's first start creates them (postgres/init/10-roles.sh), Vigie's migrations as
//   its own non-superuser role, postgres_exporter as its own; the shipped pgbackrest-job.sh takes the full
//   backup; writes after it; then the shipped restore.sh stops the server, restores INTO its data directory
//   (--delta) to a point in time, starts it, checks it, stops it;
// - off-site: the same, with repo2 on a "backup server" reached over SSH (backup-sshd.sh running sshd on
//   loopback, the shipped vigie-ssh.sh as pgBackRest's ssh), encrypted; the shipped backup-server-job.sh takes
//   repo2's full backup and copies the Redis export (redis-export.sh) encrypted; then the host's disk is lost
//   (data directory AND repo1 deleted) and restore.sh --repo 2 brings everything back; redis-restore.sh loads the
//   decrypted export into a Redis that runs with --appendonly yes.
// Missing packages skip a test, or fail it under CI=true.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, type TestContext } from "vitest";
import { runMigrations } from "@/scripts/lib/migrate";
import { freePort, waitFor } from "@/scripts/lib/net";
import { fetchText, findBinary, POSTGRES_EXPORTER, run, startDaemon } from "../testing/native";
import { type Cluster, Drill, drillMissing, JOB_SCRIPT, OffsiteServer, offsiteMissing, REDIS_EXPORT_SCRIPT, REDIS_RESTORE_SCRIPT, RESTORE_SCRIPT, SERVER_JOB_SCRIPT, sql, STANZA } from "./drill";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const drills: Drill[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  for (const d of drills) await d.cleanup();
}, 90_000);

function need(ctx: TestContext, missing: string | undefined) {
  if (!missing) return;
  if (process.env.CI === "true") throw new Error(`${missing} (CI=true: this test must run, not be skipped)`);
  ctx.skip(missing);
}

const titles = async (c: Cluster) => (await sql<{ title: string }>(c, `SELECT title FROM "Ticket" ORDER BY number`)).map((r) => r.title);

async function addTickets(c: Cluster, reporterId: string, list: string[]) {
  for (const title of list) {
    await sql(c, `INSERT INTO "Ticket" (id, title, source, "reporterId", "updatedAt") VALUES (gen_random_uuid(), $1, 'MANUAL', $2, now())`, [title, reporterId]);
  }
}

/** One scrape of Debian's postgres_exporter on `url`. */
async function scrapeExporter(url: string): Promise<string> {
  const port = await freePort();
  const exporter = await startDaemon(POSTGRES_EXPORTER.bin, [`--web.listen-address=127.0.0.1:${port}`], { env: { ...process.env, DATA_SOURCE_NAME: url }, readyUrl: `http://127.0.0.1:${port}/metrics` });
  try {
    return await fetchText(`http://127.0.0.1:${port}/metrics`, 20_000);
  } finally {
    await exporter.stop();
  }
}

/** The cluster ready for Vigie: stanza, the image's roles, Vigie's migrations as `vigie`, a user. */
async function prepare(d: Drill, primary: Cluster): Promise<string> {
  await d.start(primary);
  // Before anything relies on archive_command (else archive-push error 103).
  await d.pgbackrest(["stanza-create"]);
  const roles = await d.createDatabaseAndRoles(primary);
  expect(roles.output).toContain("roles vigie (owner of vigie) and postgres_exporter (pg_monitor) ready");
  await runMigrations(primary.url, { cwd: repoRoot, quiet: true });
  const [user] = await sql<{ id: string }>(
    primary,
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'drill@example.test', 'Drill', 'ADMIN', 'x', now()) RETURNING id`,
  );
  return user?.id as string;
}

/** The shipped job's `now` mode: stanza, check, full backup of repo1, freshness metrics. */
async function backupJob(d: Drill, c: Cluster) {
  const job = await d.as("bash", [JOB_SCRIPT, "now"], { PGBACKREST_STANZA: STANZA, PGHOST: d.socketDir, PGPORT: String(c.port), PGUSER: "postgres", TEXTFILE_DIR: d.textfileDir, BACKUP_AT: "04:00" }, 120_000);
  expect(job.code, job.output).toBe(0);
  expect(job.output).toContain("full backup done");
  expect(job.output, "WAL archiving works (pgbackrest check)").not.toContain("check failed");
  return job;
}

const metric = (d: Drill, database: string) => {
  const text = fs.readFileSync(path.join(d.textfileDir, `vigie_backup_${database}.prom`), "utf8");
  return Number(new RegExp(`^vigie_backup_last_success_timestamp_seconds\\{database="${database}"\\} (\\d+)$`, "m").exec(text)?.[1]);
};

/** Switches to a new WAL segment and waits until archive_command (every repository) has taken it. */
async function archiveNow(c: Cluster) {
  const [{ segment } = { segment: "" }] = await sql<{ segment: string }>(c, "SELECT pg_walfile_name(pg_switch_wal()) AS segment", [], "postgres");
  await waitFor(`WAL segment ${segment} archived`, async () => {
    const [row] = await sql<{ last: string | null }>(c, "SELECT last_archived_wal AS last FROM pg_stat_archiver", [], "postgres");
    return (row?.last ?? "") >= segment;
  }, 30_000);
}

async function restore(d: Drill, c: Cluster, args: string[]) {
  const result = await d.as("bash", [RESTORE_SCRIPT, ...args], { PGDATA: c.dataDir, PGBACKREST_STANZA: STANZA, RESTORE_PORT: String(c.port), RESTORE_SOCKET_DIR: d.socketDir }, 180_000);
  d.forget(c);
  expect(result.code, result.output).toBe(0);
  expect(result.output).toContain("restore done");
  return result;
}

async function outOfRecovery(c: Cluster) {
  await waitFor("the restored cluster leaves recovery", async () => {
    const [row] = await sql<{ recovering: boolean }>(c, "SELECT pg_is_in_recovery() AS recovering");
    return row?.recovering === false;
  }, 30_000);
}

describe("backup and restore drills (PostgreSQL 15, pgBackRest 2.45, the shipped scripts)", () => {
  it("restores into the data directory to a point in time with restore.sh, after the shipped job's backup", async (ctx) => {
    need(ctx, drillMissing());
    const d = Drill.create();
    drills.push(d);
    const primary = await d.init("data");
    const conf = fs.readFileSync(d.conf, "utf8");
    expect(conf).toMatch(/^repo1-retention-full-type=time$/m);
    expect(conf).toMatch(/^repo1-retention-full=2$/m);
    expect(conf, "no off-site repository without BACKUP_SERVER").not.toMatch(/^repo2-/m);
    const reporter = await prepare(d, primary);

    // Vigie's role is not a superuser and owns every table its migrations made; the exporter's role suffices.
    const [me] = await sql<{ superuser: boolean; owns: string; foreign: string }>(primary, `SELECT rolsuper AS superuser,
      (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user)::text AS owns,
      (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user)::text AS foreign
      FROM pg_roles WHERE rolname = current_user`);
    expect(me).toEqual({ superuser: false, owns: expect.stringMatching(/^[1-9]\d*$/), foreign: "0" });
    if (findBinary(POSTGRES_EXPORTER.bin)) {
      const metrics = await scrapeExporter(d.exporterUrl(primary));
      expect(metrics, "the pg_monitor role reads the statistics").toMatch(/^pg_up 1$/m);
      expect(metrics).toMatch(/^pg_exporter_last_scrape_error 0$/m);
      // what the WAL archiving alerts read
      expect(metrics).toMatch(/^pg_stat_archiver_failed_count\{[^}]*\} 0$/m);
      // WalArchiveStale's (NaN until the first segment is archived)
      expect(metrics).toMatch(/^pg_stat_archiver_last_archive_age\{[^}]*\} (NaN|[\d.e+-]+)$/m);
      expect(metrics).toMatch(/^pg_stat_activity_count\{/m);
    } else if (process.env.CI === "true") throw new Error(`${POSTGRES_EXPORTER.bin} missing: apt-get install -y ${POSTGRES_EXPORTER.pkg}`);

    const before = ["before backup 1", "before backup 2", "before backup 3"];
    await addTickets(primary, reporter, before);
    const startedAt = Math.floor(Date.now() / 1000);
    await backupJob(d, primary);
    const info = JSON.parse((await d.pgbackrest(["--output=json", "info"])).stdout) as { backup: { type: string; timestamp: { stop: number } }[] }[];
    expect(info[0]?.backup.map((b) => b.type)).toEqual(["full"]);
    expect(metric(d, "postgresql")).toBe(info[0]?.backup[0]?.timestamp.stop);
    expect(metric(d, "postgresql")).toBeGreaterThanOrEqual(startedAt);

    // After the backup: one ticket, the point in time, then more that the restore must NOT bring back. (The
    // backup's stop time is kept to the second: the point in time must be a clear second after it.)
    await new Promise((r) => setTimeout(r, 1_500));
    await addTickets(primary, reporter, ["after backup 1"]);
    const [{ at } = { at: "" }] = await sql<{ at: string }>(primary, "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS at", [], "postgres");
    await new Promise((r) => setTimeout(r, 1_100));
    await addTickets(primary, reporter, ["after the point in time"]);
    await sql(primary, `UPDATE "Ticket" SET step = 'TREATMENT', "updatedAt" = now() WHERE title = 'before backup 1'`);
    await archiveNow(primary);

    // restore.sh stops the running server itself, restores in place, checks, stops.
    const restored = await restore(d, primary, ["--time", at]);
    expect(restored.output).toContain("stopping the PostgreSQL running on");
    expect(restored.output).toContain(`restoring ${primary.dataDir} to ${at}`);
    expect(restored.output).toMatch(/check: out of recovery on timeline 2, 4 tickets/);

    await d.start(primary);
    await outOfRecovery(primary);
    expect(await titles(primary)).toEqual([...before, "after backup 1"]);
    const [step] = await sql<{ step: string }>(primary, `SELECT step::text FROM "Ticket" WHERE title = 'before backup 1'`);
    expect(step?.step, "the update after the point in time is not replayed").toBe("REGISTRATION");
    const [migrations] = await sql<{ n: string }>(primary, `SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
    expect(Number(migrations?.n)).toBe(fs.readdirSync(path.join(repoRoot, "prisma", "migrations")).filter((m) => /^\d+_/.test(m)).length);
    // The restored server archives its new timeline into the repository (a later restore can follow it).
    await archiveNow(primary);
    expect(fs.readdirSync(path.join(d.dir, "repo", "archive", STANZA, "15-1"))).toContain("00000002.history");
    await d.stop(primary);
  }, 240_000);

  it("restores from the encrypted off-site repository when the host's data and repo1 are gone, and Redis from its off-site export", async (ctx) => {
    need(ctx, drillMissing() ?? offsiteMissing());
    const d = Drill.create();
    drills.push(d);
    const offsite = new OffsiteServer(d);
    cleanups.push(() => offsite.stop());
    await offsite.start();
    const primary = await d.init("data", offsite);
    await offsite.configure(primary);

    // The rendered configurations: repo2 on the backup server, encrypted, the pass only in conf.d (0600).
    const conf = fs.readFileSync(d.conf, "utf8");
    expect(conf).toMatch(/^repo2-host=127\.0\.0\.1$/m);
    expect(conf).toMatch(/^repo2-cipher-type=aes-256-cbc$/m);
    expect(conf).not.toMatch(/cipher-pass/);
    const passFile = path.join(d.includeDir, "repo2-cipher.conf");
    expect(fs.statSync(passFile).mode & 0o077).toBe(0);
    expect(fs.readFileSync(offsite.conf, "utf8")).toMatch(/^repo2-retention-full=14$/m);

    const reporter = await prepare(d, primary);
    const before = ["before backup 1", "before backup 2"];
    await addTickets(primary, reporter, before);
    const firstJob = await backupJob(d, primary);
    expect(firstJob.output, firstJob.output).not.toContain("stanza-create on the off-site repository (repo2) failed");
    // No off-site backup yet: the metric says so (0), and BackupTooOld fires on it.
    expect(metric(d, "postgresql-offsite")).toBe(0);

    // Redis, with the shipped persistence, and its shipped daily export (run now).
    const redisPort = await freePort();
    // Redis's own dir, outside the drill's (which only postgres may enter), as its volume is.
    const redisRoot = fs.mkdtempSync("/tmp/vigie-drill-redis-");
    cleanups.push(async () => fs.rmSync(redisRoot, { recursive: true, force: true }));
    const redisDir = path.join(redisRoot, "data");
    fs.mkdirSync(redisDir);
    spawnSync("chown", ["-R", "redis:redis", redisRoot]);
    const exportDir = path.join(d.dir, "redis-exports");
    const redis = startRedis(redisDir, redisPort);
    cleanups.push(() => redis.stop());
    await redis.ready();
    for (const [k, v] of [["vote:1", "yes"], ["vote:2", "no"], ["session:abc", "alive"]] as const) expect((await redisCli(redisPort, ["SET", k, v])).stdout.trim()).toBe("OK");
    const exported = await d.as("bash", [REDIS_EXPORT_SCRIPT, "now"], { REDIS_HOST: "127.0.0.1", REDIS_PORT: String(redisPort), EXPORT_DIR: exportDir, TEXTFILE_DIR: d.textfileDir, WRITE_BACKUP_METRIC: path.join(import.meta.dirname, "write-backup-metric.sh") }, 30_000);
    expect(exported.code, exported.output).toBe(0);
    const exportName = fs.readdirSync(exportDir).find((f) => /^dump-\d{4}-\d{2}-\d{2}\.rdb$/.test(f)) as string;
    expect(exportName).toBeDefined();

    // The backup server's round: repo2's full backup pulled over SSH, the Redis export copied and encrypted.
    const round = await d.as("bash", [SERVER_JOB_SCRIPT, "now"], offsite.jobEnv(exportDir), 180_000);
    expect(round.code, `${round.output}\n${offsite.logs()}`).toBe(0);
    expect(round.output).toContain("full backup done");
    expect(round.output).toContain(`Redis export ${exportName} stored encrypted`);
    const repo2 = JSON.parse((await d.pgbackrest(["--repo=2", "--output=json", "info"])).stdout) as { cipher: string; backup: { type: string; timestamp: { stop: number } }[] }[];
    expect(repo2[0]?.backup.map((b) => b.type)).toEqual(["full"]);
    // Encrypted on the backup server's disk: pgBackRest's files and the Redis export alike.
    const salted = (file: string) => fs.readFileSync(file).subarray(0, 8).toString("latin1");
    expect(salted(path.join(offsite.repoPath, "backup", STANZA, "backup.info"))).toBe("Salted__");
    const encrypted = path.join(offsite.dir, "redis", `${exportName}.enc`);
    expect(salted(encrypted)).toBe("Salted__");
    // The Vigie host's job publishes repo2's freshness too.
    await backupJob(d, primary);
    expect(metric(d, "postgresql-offsite")).toBe(repo2[0]?.backup[0]?.timestamp.stop);

    // After the off-site backup: WAL only, pushed to both repositories.
    await addTickets(primary, reporter, ["after backup 1", "after backup 2"]);
    await archiveNow(primary);

    // The host's disk is lost: data directory and repo1 (what `docker compose down -v` deletes).
    await d.stop(primary);
    fs.rmSync(primary.dataDir, { recursive: true, force: true });
    fs.rmSync(path.join(d.dir, "repo"), { recursive: true, force: true });
    fs.mkdirSync(path.join(d.dir, "repo"), { mode: 0o700 });
    spawnSync("chown", ["postgres:postgres", path.join(d.dir, "repo")]);
    const restored = await restore(d, primary, ["--repo", "2"]);
    expect(restored.output).toContain("from repo2");
    expect(restored.output).toMatch(/check: out of recovery on timeline 2, 4 tickets/);
    await d.start(primary);
    await outOfRecovery(primary);
    expect(await titles(primary)).toEqual([...before, "after backup 1", "after backup 2"]);
    await d.stop(primary);

    // Redis from the off-site copy: decrypted with the same pass, loaded by redis-restore.sh over the
    // append-only Redis's data, then Redis starts as shipped (appendonly yes) with the exported keys.
    const decrypted = path.join(redisRoot, "restore.rdb");
    const dec = await run("openssl", ["enc", "-d", "-aes-256-cbc", "-pbkdf2", "-pass", `file:${path.join(d.secretsDir, "backup_cipher_pass")}`, "-in", encrypted, "-out", decrypted]);
    expect(dec.code, dec.output).toBe(0);
    expect(fs.readFileSync(decrypted).equals(fs.readFileSync(path.join(exportDir, exportName)))).toBe(true);
    fs.chmodSync(decrypted, 0o644);
    await redisCli(redisPort, ["FLUSHALL"]);
    await redisCli(redisPort, ["SET", "written:after", "the export"]);
    await redis.stop();
    const redisRestore = await run("bash", [REDIS_RESTORE_SCRIPT, decrypted], { env: { ...process.env, REDIS_DATA: redisDir }, timeoutMs: 60_000 });
    expect(redisRestore.code, redisRestore.output).toBe(0);
    expect(redisRestore.output).toContain("restore done: 3 keys in a new append-only file");
    const again = startRedis(redisDir, redisPort);
    cleanups.push(() => again.stop());
    await again.ready();
    expect((await redisCli(redisPort, ["KEYS", "*"])).stdout.trim().split("\n").sort()).toEqual(["session:abc", "vote:1", "vote:2"]);
    expect((await redisCli(redisPort, ["CONFIG", "GET", "appendonly"])).stdout).toContain("yes");
  }, 360_000);
});

/** Redis as compose.yaml runs it (append-only file, save rules), on loopback, as the `redis` user. */
function startRedis(dir: string, port: number) {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--appendfsync", "everysec", "--save", "3600 1 300 100 60 10000"];
  const child: ChildProcess = spawn("runuser", ["-u", "redis", "--", "redis-server", ...args], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.once("exit", () => child.kill("SIGKILL"));
  return {
    ready: () => waitFor("redis", async () => (await redisCli(port, ["PING"])).stdout.trim() === "PONG", 15_000),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await redisCli(port, ["SHUTDOWN"]);
      await exited;
    },
  };
}

const redisCli = (port: number, args: string[]) => run("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args], { timeoutMs: 10_000 });
