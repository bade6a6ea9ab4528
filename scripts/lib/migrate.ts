import { spawn } from "node:child_process";
import path from "node:path";

/** Applies prisma/migrations with Prisma's own `migrate deploy` (schema engine as WebAssembly, see prisma.config.ts). */
export function runMigrations(databaseUrl: string, options: { cwd?: string; quiet?: boolean; signal?: AbortSignal } = {}): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const cli = path.join(cwd, "node_modules", "prisma", "build", "index.js");
  return new Promise((resolve, reject) => {
    let output = "";
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      signal: options.signal, // the caller is shutting down: stop the CLI with it
    });
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.once("error", (error) => (clearTimeout(timer), reject(error)));
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed (${signal ?? `exit ${code}`}):\n${output.trim().split("\n").slice(-15).join("\n")}`));
    });
  });
}
