import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine for migrate/db/generate; where that download is
// impossible, our shim runs the same engine as WebAssembly (prisma/engine/schema-engine.mjs).
// A machine that has the native engine can still choose it by setting the variable itself.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./prisma/engine/schema-engine.mjs", import.meta.url));

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // process.env, not env(): env() makes `prisma generate` fail when DATABASE_URL is unset.
    url: process.env.DATABASE_URL,
    // Optional: a dedicated, disposable database. Without it, `migrate dev`/`migrate diff` create
    // a temporary prisma_migrate_shadow_db_* database next to DATABASE_URL's and drop it afterwards.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
