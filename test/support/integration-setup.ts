import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db/client";
import { runMigrations } from "@/scripts/lib/migrate";
import { seedRex } from "@/lib/seed/rex";
import { seedRisks } from "@/lib/seed/risks";
import { startTempPostgres } from "@/scripts/lib/postgres/temp";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One throwaway PostgreSQL for the integration run, migrated with Prisma's own `migrate deploy`. */
export default async function setup(project: TestProject) {
  const postgres = await startTempPostgres();
  await runMigrations(postgres.url, { cwd: path.resolve(import.meta.dirname, "..", ".."), quiet: true });
  // The keynote's risks and REX, as in every demo database: tests that use R1–R6 find them whatever ran before.
  const db = createPrismaClient(postgres.url, 1);
  await seedRisks(db);
  await seedRex(db);
  await db.$disconnect();
  project.provide("databaseUrl", postgres.url);
  process.env.DATABASE_URL = postgres.url;
  return async () => {
    await postgres.stop();
  };
}
