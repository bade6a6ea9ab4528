import path from "node:path";
import type { TestProject } from "vitest/node";
import { runMigrations } from "@/lib/db/migrate";
import { startTempPostgres } from "@/scripts/lib/temp-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One throwaway PostgreSQL for the integration run, migrated with Prisma's own `migrate deploy`. */
export default async function setup(project: TestProject) {
  const postgres = await startTempPostgres();
  await runMigrations(postgres.url, { cwd: path.resolve(import.meta.dirname, "..", ".."), quiet: true });
  project.provide("databaseUrl", postgres.url);
  process.env.DATABASE_URL = postgres.url;
  return async () => {
    await postgres.stop();
  };
}
