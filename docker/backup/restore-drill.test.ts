// The backup and restore drill, automated: what docker/README.md's "Restore drill" does by hand, with Debian's
// PostgreSQL 15 and pgBackRest 2.45 natively (no Docker engine here; the image runs PostgreSQL 17):
// 1. a cluster archiving its WAL with pgBackRest, configured from the shipped pgbackrest.conf (paths moved into
//    a temp dir, retention and the rest as shipped); the stanza created right after start;
// 2. the database and roles as the postgres image's first start makes them (postgres/init/10-roles.sh): Vigie's
//    real migrations run as the non-superuser `vigie`, which owns what they create; postgres_exporter (Debian's)
//    reads the statistics as `postgres_exporter`, a pg_monitor member; then a user and tickets;
// 3. the shipped pgbackrest-job.sh in its `now` mode: stanza, check, full backup, freshness metric;
// 4. more tickets after the backup, their WAL segment switched and archived; the cluster stopped;
// 5. a restore into a new data directory, recovering to the end of the archived WAL (pgBackRest's default
//    restore type) with --archive-mode=off (the restored copy must not push into the repository);
// 6. the copy started on another port: once out of recovery, it has the tickets written before the backup AND
//    the ones written after it.
// Missing packages skip the test, or fail it under CI=true.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMigrations } from "@/scripts/lib/migrate";
import { freePort, waitFor } from "@/scripts/lib/net";
import { findBinary, POSTGRES_EXPORTER, startDaemon, fetchText } from "../testing/native";
import { type Cluster, Drill, drillMissing, JOB_SCRIPT, STANZA, sql } from "./drill";

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

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
let drill: Drill | undefined;

afterAll(async () => {
  await drill?.cleanup();
}, 60_000);

const titles = async (c: Cluster) => (await sql<{ title: string }>(c, `SELECT title FROM "Ticket" ORDER BY number`)).map((r) => r.title);

async function addTickets(c: Cluster, reporterId: string, list: string[]) {
  for (const title of list) {
    await sql(c, `INSERT INTO "Ticket" (id, title, source, "reporterId", "updatedAt") VALUES (gen_random_uuid(), $1, 'MANUAL', $2, now())`, [title, reporterId]);
  }
}

describe("backup and restore drill (PostgreSQL 15, pgBackRest, Vigie's migrations)", () => {
  it("restores the last full backup and the WAL archived after it into a new data directory", async (ctx) => {
    const missing = drillMissing();
    if (missing) {
      if (process.env.CI === "true") throw new Error(`${missing} (CI=true: this test must run, not be skipped)`);
      ctx.skip(missing);
    }
    const d = Drill.create();
    drill = d;

    // 1. The cluster, then the stanza before anything relies on archive_command.
    const primary = await d.init("data");
    const conf = fs.readFileSync(d.conf, "utf8");
    expect(conf).toMatch(/^repo1-retention-full-type=time$/m);
    expect(conf).toMatch(/^repo1-retention-full=2$/m);
    expect(conf).toContain(`repo1-path=${path.join(d.dir, "repo")}`);
    await d.start(primary);
    await d.pgbackrest(["stanza-create"]);

    // 2. The roles, Vigie's schema as its own role, the exporter as its own; data from before the backup.
    const roles = await d.createDatabaseAndRoles(primary);
    expect(roles.output).toContain("roles vigie (owner of vigie) and postgres_exporter (pg_monitor) ready");
    await runMigrations(primary.url, { cwd: repoRoot, quiet: true });
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
      expect(metrics).toMatch(/^pg_stat_activity_count\{/m);
    } else if (process.env.CI === "true") throw new Error(`${POSTGRES_EXPORTER.bin} missing: apt-get install -y ${POSTGRES_EXPORTER.pkg}`);
    const [user] = await sql<{ id: string }>(
      primary,
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'drill@example.test', 'Drill', 'ADMIN', 'x', now()) RETURNING id`,
    );
    const before = ["before backup 1", "before backup 2", "before backup 3"];
    await addTickets(primary, user?.id as string, before);

    // 3. The shipped job, pointed at the drill's config, socket and textfile dir.
    const startedAt = Math.floor(Date.now() / 1000);
    const job = await d.as("bash", [JOB_SCRIPT, "now"], {
      PGBACKREST_CONFIG: d.conf,
      PGBACKREST_STANZA: STANZA,
      PGHOST: d.socketDir,
      PGPORT: String(primary.port),
      PGUSER: "postgres",
      TEXTFILE_DIR: d.textfileDir,
      BACKUP_AT: "04:00",
    }, 90_000);
    expect(job.code, job.output).toBe(0);
    expect(job.output).toContain("full backup done");
    expect(job.output, "WAL archiving works (pgbackrest check)").not.toContain("check failed");
    const info = JSON.parse((await d.pgbackrest(["--output=json", "info"])).stdout) as { backup: { type: string; error?: boolean; timestamp: { stop: number } }[] }[];
    const backups = info[0]?.backup ?? [];
    expect(backups.map((b) => b.type)).toEqual(["full"]);
    const metric = fs.readFileSync(path.join(d.textfileDir, "vigie_backup_postgresql.prom"), "utf8");
    const stamp = Number(/^vigie_backup_last_success_timestamp_seconds\{database="postgresql"\} (\d+)$/m.exec(metric)?.[1]);
    expect(stamp, metric).toBe(backups[0]?.timestamp.stop);
    expect(stamp).toBeGreaterThanOrEqual(startedAt);
    expect(stamp).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    expect(Number(/^vigie_backup_last_size_bytes\{database="postgresql"\} (\d+)$/m.exec(metric)?.[1]), metric).toBeGreaterThan(0);

    // 4. Writes after the backup, only in the archived WAL; then the server goes away.
    const after = ["after backup 1", "after backup 2"];
    await addTickets(primary, user?.id as string, after);
    await sql(primary, `UPDATE "Ticket" SET step = 'TREATMENT', "updatedAt" = now() WHERE title = 'before backup 1'`);
    const [{ segment } = { segment: "" }] = await sql<{ segment: string }>(primary, "SELECT pg_walfile_name(pg_switch_wal()) AS segment", [], "postgres");
    await waitFor(`WAL segment ${segment} archived`, async () => {
      const [row] = await sql<{ last: string | null }>(primary, "SELECT last_archived_wal AS last FROM pg_stat_archiver");
      return (row?.last ?? "") >= segment;
    }, 20_000);
    await d.stop(primary);

    // 5. The restore, into a new data directory, replaying the archive to its end.
    const restored = d.cluster(path.join(d.dir, "restored"), await freePort());
    const restore = await d.pgbackrest([`--pg1-path=${restored.dataDir}`, "--archive-mode=off", "restore"], 60_000);
    expect(restore.output).toContain("restore command end: completed successfully");

    // 6. The restored copy: out of recovery, then the data.
    await d.start(restored);
    await waitFor("the restored cluster leaves recovery", async () => {
      const [row] = await sql<{ recovering: boolean }>(restored, "SELECT pg_is_in_recovery() AS recovering");
      return row?.recovering === false;
    }, 30_000);
    expect(await titles(restored), "tickets written before the backup, then after it").toEqual([...before, ...after]);
    const [moved] = await sql<{ step: string }>(restored, `SELECT step::text FROM "Ticket" WHERE title = 'before backup 1'`);
    expect(moved?.step, "an update made after the backup").toBe("TREATMENT");
    const [users] = await sql<{ n: string }>(restored, `SELECT count(*) AS n FROM "User" WHERE email = 'drill@example.test'`);
    expect(users?.n).toBe("1");
    const [migrations] = await sql<{ n: string }>(restored, `SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
    expect(Number(migrations?.n)).toBe(fs.readdirSync(path.join(repoRoot, "prisma", "migrations")).filter((m) => /^\d+_/.test(m)).length);
    const [archiveMode] = await sql<{ archive_mode: string }>(restored, "SHOW archive_mode");
    expect(archiveMode?.archive_mode, "the restored copy does not archive into the repository").toBe("off");
    await d.stop(restored);
  }, 120_000);
});
