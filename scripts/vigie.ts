// `npm start` / `npm run dev`: the one command that runs Vigie.
// Without DATABASE_URL it starts an embedded PostgreSQL in VIGIE_DATA_DIR, migrates it and seeds the demo once.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { EnvError, parseEnv, publicUrl } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { runMigrations } from "@/lib/db/migrate";
import { assertReachable } from "@/lib/db/reachability";
import { seedDemo } from "@/lib/seed/demo";
import { buildIsCurrent, runNpmScript } from "./lib/build";
import { loadOrCreateSecrets } from "./lib/secrets";

const root = path.resolve(import.meta.dirname, "..");
const mode = process.argv[2] === "dev" ? "dev" : "start";

let database: RunningPostgres | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => {
      const timer = setTimeout(() => (server?.kill("SIGKILL"), resolve(null)), 10_000);
      server?.once("exit", () => (clearTimeout(timer), resolve(null)));
    });
  }
  if (database) {
    console.log("Stopping the embedded PostgreSQL…");
    await database.stop();
  }
  process.exit(code);
}

async function main() {
  const env = parseEnv(process.env);
  const dataDir = path.resolve(root, env.VIGIE_DATA_DIR);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  let databaseUrl = env.DATABASE_URL;

  if (!databaseUrl) {
    const secrets = loadOrCreateSecrets(dataDir);
    console.log(`Starting the embedded PostgreSQL (data in ${dataDir})…`);
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), password: secrets.postgresPassword });
    databaseUrl = database.url;
    childEnv.NEXTAUTH_SECRET ??= secrets.nextauthSecret;
  } else {
    await assertReachable(databaseUrl);
    if (!env.NEXTAUTH_SECRET) throw new EnvError("Invalid configuration: NEXTAUTH_SECRET is required with an external DATABASE_URL (try: openssl rand -base64 32)");
  }
  childEnv.DATABASE_URL = databaseUrl;
  childEnv.NEXTAUTH_URL ??= publicUrl(env);

  await runMigrations(databaseUrl, { cwd: root, quiet: true });
  let demoPassword: string | undefined;
  if (database) {
    const db = createPrismaClient(databaseUrl, 1);
    try {
      const seeded = await seedDemo(db, { password: env.VIGIE_DEMO_PASSWORD });
      if (seeded.seeded && seeded.generated) demoPassword = seeded.password;
    } finally {
      await db.$disconnect();
    }
  }

  if (mode === "start" && !buildIsCurrent(root)) {
    console.log("Building Vigie (first start or changed sources; about a minute)…");
    await runNpmScript(root, "build", childEnv);
  }

  const next = path.join(root, "node_modules", ".bin", "next");
  server = spawn(next, [mode, "--port", String(env.PORT), "--hostname", env.HOST], { cwd: root, env: childEnv, stdio: "inherit" });
  server.once("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });

  const url = publicUrl(env);
  console.log(`\nVigie is starting at ${url}`);
  if (database) {
    if (demoPassword) console.log(`Sign in as admin@vigie.local with the demo password: ${demoPassword}\n(shown once; set VIGIE_DEMO_PASSWORD to choose it)`);
    else if (env.VIGIE_DEMO_PASSWORD) console.log("Sign in as admin@vigie.local with VIGIE_DEMO_PASSWORD.");
    else console.log("Sign in as admin@vigie.local with the demo password printed at the first start.");
  }
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof EnvError ? message : `Vigie could not start: ${message.split("\n")[0]}`);
  if (!(error instanceof EnvError) && message.includes("\n")) console.error(message.split("\n").slice(1).join("\n"));
  await shutdown(1);
});
