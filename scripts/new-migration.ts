// `npm run db:new-migration -- NAME`: writes the migration for the changes in schema.prisma, using Prisma's
// own `migrate dev --create-only` against a throwaway PostgreSQL (no database of yours is touched).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startTempPostgres } from "./lib/postgres/temp";
const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npm run db:new-migration -- name_in_snake_case");
    process.exit(2);
  }
  const pg = await startTempPostgres();
  try {
    const env = { ...process.env, DATABASE_URL: pg.url, CHECKPOINT_DISABLE: "1" };
    spawnSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "inherit", cwd: root });
    const r = spawnSync("npx", ["prisma", "migrate", "dev", "--create-only", "--name", name], { env, stdio: "inherit", cwd: root });
    process.exitCode = r.status ?? 1;
  } finally { await pg.stop(); }
}
void main();
