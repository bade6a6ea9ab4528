// `npm run reset-password -- admin@vigie.local`: a forgotten password, from the machine Vigie runs on.
// Sets a new random password for a local account, ends its sessions, writes the security log, prints it once.
// With the embedded PostgreSQL, Vigie must be stopped (the data directory is used by one PostgreSQL at a time).
import path from "node:path";
import { EnvError, parseEnv } from "@/lib/env";
import { startEmbeddedPostgres, type RunningPostgres } from "@/scripts/lib/postgres/embedded";
import { loadOrCreateSecrets } from "./lib/secrets";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const email = (process.argv[2] ?? "").trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new EnvError("Usage: npm run reset-password -- someone@example.org");
  const env = parseEnv(process.env);
  let database: RunningPostgres | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    const dataDir = path.resolve(root, env.VIGIE_DATA_DIR);
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), password: loadOrCreateSecrets(dataDir).postgresPassword });
    url = database.url;
  }
  try {
    // Imported once the database is known: the generated Prisma client and the use case read DATABASE_URL.
    process.env.DATABASE_URL = url;
    const { createPrismaClient } = await import("@/lib/db/client");
    const { resetPasswordFromCommandLine } = await import("@/lib/seed/reset-password");
    const db = createPrismaClient(url, 1);
    try {
      const password = await resetPasswordFromCommandLine(db, email);
      console.log(`New password for ${email}: ${password}\n(shown once; every session of this account has ended)`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
