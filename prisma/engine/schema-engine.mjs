#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI downloads and this kind of
// machine cannot fetch. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here. It speaks the
// binary's protocol and forwards to the same engine compiled to WebAssembly (shipped inside the
// `prisma` package, same commit as the native binary), which reaches Postgres through a fixed-up
// @prisma/adapter-pg (./pg-adapter.mjs).
//
// Protocol, as used by node_modules/prisma/build/cli.js:
//   schema-engine --version                                  -> one line on stdout
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database | create-database
//       -> exit 0, or exit 1 with JSON log lines on stderr (the CLI skips the first line and
//          reads {level:"ERROR", target:"schema_engine::logger", fields:{error_code,message}})
//   schema-engine [--datamodels FILE]… [--datasource JSON]   -> JSON-RPC 2.0 server, one message
//       per line on stdin/stdout, until stdin closes. The engine may itself send a "print"
//       request (diff output), which the CLI writes to its stdout and acknowledges.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { ShimPgFactory, canConnect, createDatabase, prismaError } from "./pg-adapter.mjs";

const require = createRequire(import.meta.url);
const ENGINE_VERSION = require("@prisma/engines-version/package.json").prisma.enginesVersion;

function parseArgs(argv) {
  const out = { datamodels: [], datasource: {}, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") out.version = true;
    else if (a === "--datamodels") out.datamodels.push(argv[++i]);
    else if (a === "--datasource") out.datasource = JSON.parse(argv[++i] ?? "{}");
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++; // not needed by the wasm engine
    else if (a === "cli") out.cli = argv[++i];
  }
  return out;
}

function logLine(level, message, fields = {}) {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target: "schema_engine::logger" };
  process.stderr.write(JSON.stringify(line) + "\n");
}

async function runCli(command, datasource) {
  const url = datasource.url;
  logLine("INFO", `schema-engine shim (wasm ${ENGINE_VERSION}): cli ${command}`);
  try {
    if (!url) throw new Error("no datasource url given");
    if (command === "can-connect-to-database") await canConnect(url);
    else if (command === "create-database") logLine("INFO", `Database '${await createDatabase(url)}' was successfully created.`);
    else throw new Error(`unsupported cli command: ${command}`);
    return 0;
  } catch (e) {
    const { code, message } = prismaError(e, url);
    logLine("ERROR", message, code ? { error_code: code } : {});
    return 1;
  }
}

// JS errors thrown inside the adapter reach the engine as "External error id#N"; the text is here.
let errorRegistry;

async function loadEngine({ datamodels, datasource }) {
  // The glue is the package's; the .wasm is the one inside `prisma` (identical imports/exports,
  // and exactly the engine commit this CLI version expects).
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const prismaDir = path.dirname(require.resolve("prisma/package.json"));
  let wasmFile = path.join(prismaDir, "build", "schema_engine_bg.wasm");
  if (!fs.existsSync(wasmFile)) wasmFile = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  // Rust panics report their message here (the engine calls global.PRISMA_WASM_PANIC_REGISTRY).
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => (globalThis.__schemaEnginePanic = m) };
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmFile)), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();

  const factory = new ShimPgFactory(datasource);
  const files = datamodels.map((f) => [f, fs.readFileSync(f, "utf8")]);
  // Engine logs arrive as JSON strings shaped like the native engine's stderr lines.
  const onLog = (entry) => process.stderr.write((typeof entry === "string" ? entry : JSON.stringify(entry)) + "\n");
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  errorRegistry = bound.errorRegistry;
  const engine = await glue.SchemaEngine.new({ datamodels: files.length ? files : undefined }, onLog, bound);
  return { engine, factory };
}

/** JSON-RPC error in the native engine's shape (the CLI reads data.message / error_code / is_panic). */
function rpcError(e) {
  const panic = globalThis.__schemaEnginePanic;
  if (panic || e instanceof WebAssembly.RuntimeError) {
    const message = String(panic ?? e?.message ?? e);
    return { code: 4466, message, data: { is_panic: true, message, backtrace: e?.stack } };
  }
  let err = e;
  if (typeof e === "string") try { err = JSON.parse(e); } catch { err = { message: e }; }
  const message = String(err?.message ?? err).replace(/External error id#(\d+)/g, (m, id) => {
    const js = errorRegistry?.consumeError(Number(id))?.error;
    return js ? `${m}: ${js.message ?? js}` : m;
  });
  const data = { is_panic: false, message, meta: err?.meta ?? null };
  const code = err?.error_code ?? err?.code;
  if (typeof code === "string" && /^P\d{4}$/.test(code)) data.error_code = code;
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

async function serve(args) {
  let loaded; // created on the first request: constructing the engine connects to the database
  const getEngine = () => (loaded ??= loadEngine(args));
  let nextPrintId = 1_000_000;
  const pendingPrints = new Map();
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
  // The native engine prints diff output by asking the CLI to do it; the wasm one returns it.
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextPrintId++;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });
  // The wasm engine cannot build a shadow database inside evaluateDataLoss/createMigration: they
  // only read a cache of "schema after the applied migrations" that devDiagnostic fills. After
  // applyMigrations (migrate dev applies pending ones first) that cache is stale: refresh it.
  let cacheFresh = false;
  const refreshCache = async (engine, params) => {
    if (!cacheFresh) await methods.devDiagnostic(engine, { migrationsList: params.migrationsList, filters: params.filters });
  };

  const methods = {
    async getDatabaseVersion(engine, params) {
      return engine.version(params ?? null);
    },
    async diff(engine, params) {
      const result = await engine.diff(params);
      if (result?.stdout) await print(result.stdout);
      return { exitCode: result?.exitCode ?? 0 };
    },
    async devDiagnostic(engine, params) {
      const result = await engine.devDiagnostic(params);
      cacheFresh = true;
      return result;
    },
    async applyMigrations(engine, params) {
      const result = await engine.applyMigrations(params);
      if (result?.appliedMigrationNames?.length) cacheFresh = false;
      return result;
    },
    async reset(engine, params) {
      cacheFresh = false;
      return (await engine.reset(params)) ?? {};
    },
    async evaluateDataLoss(engine, params) {
      await refreshCache(engine, params);
      return engine.evaluateDataLoss(params);
    },
    async createMigration(engine, params) {
      await refreshCache(engine, params);
      return engine.createMigration(params);
    },
    async createDatabase(_engine, params) {
      const url = params?.datasource?.url ?? args.datasource.url;
      return { databaseName: await createDatabase(url) };
    },
  };

  async function handle(msg) {
    if (!msg.method) {
      // A reply from the CLI to one of our "print" requests.
      pendingPrints.get(msg.id)?.();
      pendingPrints.delete(msg.id);
      return;
    }
    let reply;
    try {
      const { engine } = await getEngine();
      let result;
      if (methods[msg.method]) result = await methods[msg.method](engine, msg.params);
      else if (typeof engine[msg.method] === "function" && msg.method !== "free") result = await engine[msg.method](msg.params);
      else throw new Error(`method ${msg.method} is not supported by the wasm schema engine shim`);
      reply = { jsonrpc: "2.0", id: msg.id, result: result ?? {} };
    } catch (e) {
      reply = { jsonrpc: "2.0", id: msg.id, error: rpcError(e) };
    }
    // Shadow databases go before the answer: once it has its last answer, the CLI kills us.
    try {
      await (await loaded?.catch(() => undefined))?.factory.cleanup();
    } catch (e) {
      logLine("WARN", `could not drop a shadow database: ${e?.message ?? e}`);
    }
    send(reply);
    if (reply.error?.data?.is_panic) await shutdown(101);
  }

  async function shutdown(code) {
    const timer = setTimeout(() => process.exit(code), 15_000); // never hang the CLI
    try {
      const l = await loaded?.catch(() => undefined);
      await l?.factory.cleanup();
    } finally {
      clearTimeout(timer);
      process.exit(code);
    }
  }

  // Requests run one at a time (the wasm engine is single-threaded and takes &mut self); replies
  // to our "print" requests must bypass that queue, or a diff would wait for itself.
  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      return send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
    }
    if (!msg.method) return void handle(msg);
    queue = queue.then(() => handle(msg));
  });
  rl.on("close", () => void queue.then(() => shutdown(0)));
  for (const sig of ["SIGTERM", "SIGINT"]) process.once(sig, () => void shutdown(0));
}

process.on("uncaughtException", (e) => {
  logLine("ERROR", `schema engine shim crashed: ${globalThis.__schemaEnginePanic ?? ""}\n${e?.stack ?? e}`);
  process.exit(101);
});

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_VERSION} (wasm, prisma/engine/schema-engine.mjs)\n`);
} else if (args.cli) {
  process.exitCode = await runCli(args.cli, args.datasource);
} else {
  await serve(args);
}
