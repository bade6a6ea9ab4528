import { randomBytes } from "node:crypto";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/demo";
import { startAppServer } from "@/lib/testing/app-server";
import { startTempPostgres } from "@/scripts/lib/temp-postgres";

const root = path.resolve(import.meta.dirname, "..", "..");

/** A throwaway PostgreSQL with the demo data, and the built app in front of it. */
export async function startTestStack() {
  const postgres = await startTempPostgres();
  try {
    await runMigrations(postgres.url, { cwd: root, quiet: true });
    const demoPassword = `e2e-${Date.now()}-pw`;
    const db = createPrismaClient(postgres.url, 1);
    await seedDemo(db, { password: demoPassword });
    await db.$disconnect();
    const alertmanagerToken = `e2e-alertmanager-${randomBytes(12).toString("hex")}`;
    const app = await startAppServer({ root, databaseUrl: postgres.url, env: { ALERTMANAGER_TOKEN: alertmanagerToken } });
    return {
      baseURL: app.baseURL,
      databaseUrl: postgres.url,
      demoPassword,
      alertmanagerToken,
      stop: async () => {
        await app.stop();
        await postgres.stop();
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
