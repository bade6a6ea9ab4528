// `npm start` / `npm run dev`: the one command that runs Vigie.
// Without DATABASE_URL it starts an embedded PostgreSQL in VIGIE_DATA_DIR, migrates it and seeds the demo once.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { EnvError, parseEnv, publicUrl } from "@/lib/env";
import { startEmbeddedPostgres, type RunningPostgres } from "@/scripts/lib/postgres/embedded";
import { runMigrations } from "@/scripts/lib/migrate";
import { assertReachable } from "@/scripts/lib/postgres/reachability";
import { buildIsCurrent, runNpmScript } from "./lib/build";
import { loadOrCreateSecrets } from "./lib/secrets";
import { SERVER_NODE_FLAGS } from "./lib/server-flags.mjs";

const root = path.resolve(import.meta.dirname, "..");
const mode = process.argv[2] === "dev" ? "dev" : "start";
const SEED_COMMAND = "seed-demo"; // internal: the child process of seedInChild()

let database: RunningPostgres | undefined;
let server: ChildProcess | undefined;
let stopping = false;
let unprintedPassword: string | undefined; // generated at this start; must reach the user whatever happens next
const aborter = new AbortController(); // stops a migration or build still running at shutdown

class Stopped extends Error {}
const checkpoint = () => {
  if (stopping) throw new Stopped();
};

function printPassword() {
  console.log(`Sign in as admin@vigie.local with the demo password: ${unprintedPassword}\n(shown once; set VIGIE_DEMO_PASSWORD to choose it)`);
  unprintedPassword = undefined;
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (unprintedPassword) printPassword();
  aborter.abort();
  if (server && server.exitCode === null && server.signalCode === null) {
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

/** Fails early, in one line, when the port is taken (instead of after migrations and a build). */
function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === "EADDRINUSE" ? `port ${port} on ${host} is already in use (set PORT to use another)` : `cannot listen on ${host}:${port} (${e.code})`)),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Resolves once the server accepts connections, so the sign-in lines come after Next's banner. */
async function waitListening(port: number, host: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const target = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && child.exitCode === null; ) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host: target }, () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** The seed imports the generated Prisma client: a fresh clone has none, and a changed schema needs a new one. */
async function ensurePrismaClient() {
  const client = path.join(root, "lib", "generated", "prisma", "client.ts");
  const schema = path.join(root, "prisma", "schema.prisma");
  if (fs.existsSync(client) && fs.statSync(client).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  await runNpmScript(root, "db:generate", process.env, aborter.signal);
}

/**
 * Seeds in a child process: the Prisma client would add ~100 MB to this supervisor for its whole life.
 * Resolves to the generated demo password, if one was made now.
 */
async function seedInChild(databaseUrl: string): Promise<string | undefined> {
  await ensurePrismaClient();
  const args = [...process.execArgv, process.argv[1] ?? import.meta.filename, SEED_COMMAND]; // execArgv: tsx's loader
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"], signal: aborter.signal });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve((JSON.parse(out.trim().split("\n").pop() || "{}") as { password?: string }).password) : reject(new Error(`seeding the demo data failed (exit ${code})`))));
  });
}

async function seedCommand() {
  const env = parseEnv(process.env);
  const { createPrismaClient } = await import("@/lib/db/client");
  const { seedDemo } = await import("@/lib/seed/demo");
  const db = createPrismaClient(env.DATABASE_URL ?? "", 1);
  try {
    const seeded = await seedDemo(db, { password: env.VIGIE_DEMO_PASSWORD });
    process.stdout.write(JSON.stringify({ password: seeded.seeded && seeded.generated ? seeded.password : undefined }));
  } finally {
    await db.$disconnect();
  }
}

/**
 * npm runs us through `sh -c`; on SIGTERM npm signals that shell, which dies without passing it on, and we
 * would run on as orphans. So when started by npm, stop once the shell between npm and us is gone.
 */
function watchLauncher() {
  if (!process.env.npm_lifecycle_event || process.platform !== "linux") return;
  const parentOf = (pid: number) => Number(/^\d+ \(.*\) \S (\d+)/.exec(readOr(`/proc/${pid}/stat`))?.[1]);
  const tsx = process.ppid;
  const launcher = parentOf(tsx);
  setInterval(() => {
    if (process.ppid !== tsx || parentOf(tsx) !== launcher) {
      console.log("The npm process that started Vigie is gone: stopping.");
      void shutdown(0);
    }
  }, 1_000).unref();
}

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

async function main() {
  const env = parseEnv(process.env);
  const dataDir = path.resolve(root, env.VIGIE_DATA_DIR);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  let databaseUrl = env.DATABASE_URL;

  if (databaseUrl && !env.NEXTAUTH_SECRET) throw new EnvError("Invalid configuration: NEXTAUTH_SECRET is required with an external DATABASE_URL (try: openssl rand -base64 32)");
  await assertPortFree(env.PORT, env.HOST);

  if (!databaseUrl) {
    const secrets = loadOrCreateSecrets(dataDir);
    console.log(`Starting the embedded PostgreSQL (data in ${dataDir})…`);
    const started = Date.now();
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), password: secrets.postgresPassword });
    console.log(`PostgreSQL is up on 127.0.0.1:${database.port} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    databaseUrl = database.url;
    childEnv.NEXTAUTH_SECRET ??= secrets.nextauthSecret;
  } else {
    await assertReachable(databaseUrl);
  }
  checkpoint();
  childEnv.DATABASE_URL = databaseUrl;
  childEnv.NEXTAUTH_URL ??= publicUrl(env);

  await runMigrations(databaseUrl, { cwd: root, quiet: true, signal: aborter.signal });
  checkpoint();
  if (mode === "start" && !buildIsCurrent(root)) {
    console.log("Building Vigie (first start or changed sources; about a minute)…");
    await runNpmScript(root, "build", childEnv, aborter.signal);
  }
  checkpoint();

  // Seeded after the build: a failed or interrupted build must not swallow the one-time password.
  if (database) unprintedPassword = await seedInChild(databaseUrl);
  checkpoint();

  // scripts/server.mjs: Next.js with the client address taken from the socket (see scripts/lib/client-address.mjs).
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, "scripts", "server.mjs"), mode, "--port", String(env.PORT), "--hostname", env.HOST], { cwd: root, env: childEnv, stdio: "inherit" });
  server = child;
  child.once("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });

  const url = publicUrl(env);
  const listening = await waitListening(env.PORT, env.HOST, child, 120_000);
  if (stopping) return;
  console.log(`\nVigie is ${listening ? "ready" : "starting"} at ${url}`);
  if (database) {
    if (unprintedPassword) printPassword();
    else if (env.VIGIE_DEMO_PASSWORD) console.log("Sign in as admin@vigie.local with VIGIE_DEMO_PASSWORD.");
    else console.log("Sign in as admin@vigie.local with the demo password printed at the first start.\nForgot it? Stop Vigie (Ctrl-C), then: npm run reset-password -- admin@vigie.local");
  }
}

if (process.argv[2] === SEED_COMMAND) {
  seedCommand().catch((error) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
} else {
  // SIGHUP: the terminal was closed.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
  watchLauncher();
  main().catch(async (error) => {
    if (error instanceof Stopped || stopping) return; // a signal arrived mid-start: shutdown() is already on it
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof EnvError ? message : `Vigie could not start: ${message.split("\n")[0]}`);
    if (!(error instanceof EnvError) && message.includes("\n")) console.error(message.split("\n").slice(1).join("\n"));
    await shutdown(1);
  });
}
