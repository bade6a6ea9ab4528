// `npm run db:check`: fails when prisma/schema.prisma and prisma/migrations disagree, i.e. when a
// schema change has no migration (or a migration does something the schema does not say).
// It asks Prisma itself: `prisma migrate diff --from-migrations … --to-schema … --exit-code`
// replays the migrations in a throwaway shadow database and compares the result with the schema.
// That needs a PostgreSQL server: DATABASE_URL / SHADOW_DATABASE_URL from the environment (only a
// temporary prisma_migrate_shadow_db_* database is created there, and dropped), or else a
// temporary embedded PostgreSQL started here.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startTempPostgres, type TempPostgres } from "./lib/postgres/temp";

const DIFF_TIMEOUT_MS = 180_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const schemaPath = "prisma/schema.prisma";
const migrationsPath = "prisma/migrations";

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function migrateDiff(env: NodeJS.ProcessEnv): Promise<Result> {
  const args = ["migrate", "diff", "--from-migrations", migrationsPath, "--to-schema", schemaPath, "--exit-code"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      stderr += `\n(prisma migrate diff killed after ${DIFF_TIMEOUT_MS / 1000} s)`;
    }, DIFF_TIMEOUT_MS);
    child.once("error", (e) => (clearTimeout(timer), reject(e)));
    child.once("close", (code) => (clearTimeout(timer), resolve({ code, stdout, stderr })));
  });
}

const clean = (s: string) =>
  s
    .split("\n")
    .filter((l) => !/^(Loaded Prisma config|Prisma schema loaded)/.test(l))
    .join("\n")
    .trim();

async function main(): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  let pg: TempPostgres | undefined;
  const stopPg = async () => {
    const p = pg;
    pg = undefined;
    await p?.stop();
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => void stopPg().finally(() => process.exit(130)));
  }

  try {
    if (!env.DATABASE_URL && !env.SHADOW_DATABASE_URL) {
      process.stdout.write("db:check: no DATABASE_URL/SHADOW_DATABASE_URL, starting a temporary PostgreSQL… ");
      pg = await startTempPostgres();
      env.DATABASE_URL = pg.url;
      console.log("ok");
    }
    const r = await migrateDiff(env);
    const out = clean(r.stdout);
    if (r.code === 0) {
      console.log(`db:check: OK, ${migrationsPath} matches ${schemaPath}.`);
      return 0;
    }
    if (r.code === 2) {
      console.error(
        [
          `db:check: FAILED, ${schemaPath} and ${migrationsPath} disagree.`,
          `Applying every migration gives a database that differs from the schema; to reach the schema it would take:`,
          "",
          out.replace(/^/gm, "  "),
          "",
          "If the schema change is intended, create the missing migration (against your development database):",
          "  npx prisma migrate dev --name <describe_the_change>",
          "  (or add --create-only to review the SQL before it is applied), then commit prisma/migrations.",
          "If a migration was edited by mistake instead, restore it: applied migrations must not change.",
        ].join("\n"),
      );
      return 1;
    }
    console.error(`db:check: could not compare (prisma migrate diff exited with ${r.code}).\n${[out, clean(r.stderr)].filter(Boolean).join("\n")}`);
    return 1;
  } finally {
    await stopPg();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`db:check: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
