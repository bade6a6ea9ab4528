// Helpers for the tests that run the stack's real binaries natively (there is no Docker engine here):
// Debian's promtool, amtool, exporters and docker-compose. A missing binary skips the test with the
// package to install, except in CI (CI=true), where it fails: CI installs them (.ci/run).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestContext } from "vitest";

/** A binary a test runs, and the Debian package that provides it. */
export interface Need {
  bin: string;
  pkg: string;
}

export const PROMTOOL: Need = { bin: "promtool", pkg: "prometheus" };
export const AMTOOL: Need = { bin: "amtool", pkg: "prometheus-alertmanager" };
export const NODE_EXPORTER: Need = { bin: "prometheus-node-exporter", pkg: "prometheus-node-exporter" };
export const POSTGRES_EXPORTER: Need = { bin: "prometheus-postgres-exporter", pkg: "prometheus-postgres-exporter" };
export const DOCKER_COMPOSE: Need = { bin: "docker-compose", pkg: "docker-compose" };

/** The absolute path of an executable on PATH, or undefined. */
export function findBinary(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Why the binaries cannot run ("… missing: apt-get install -y …"), or undefined when they all can. */
export function missingMessage(needs: Need[]): string | undefined {
  const missing = needs.filter((n) => !findBinary(n.bin));
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.map((n) => n.pkg))];
  return `${missing.map((n) => n.bin).join(", ")} missing: apt-get install -y ${packages.join(" ")}`;
}

/**
 * Call first in a test that runs these binaries. When one is missing: fails under CI=true, else skips the
 * test with a note naming the Debian package(s).
 */
export function requireBinaries(ctx: TestContext, needs: Need[]): void {
  const message = missingMessage(needs);
  if (!message) return;
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: this test must run, not be skipped)`);
  ctx.skip(message);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, for assertion messages */
  output: string;
}

/** Runs a command to completion, killed after timeoutMs. Never rejects for a non-zero exit: check `code`. */
export function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: (options.env ?? process.env) as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      const timedOut = signal === "SIGKILL" ? `\n(killed after ${timeoutMs} ms)` : "";
      resolve({ code, signal, stdout, stderr, output: `$ ${command} ${args.join(" ")}\n${stdout}${stderr}${timedOut}` });
    });
  });
}

export interface Daemon {
  /** stdout and stderr so far (for failure messages) */
  logs(): string;
  /** SIGTERM, then SIGKILL after 5 s. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts a long-running binary and resolves once `readyUrl` answers 2xx, within timeoutMs (else stops it and
 * throws with its output). The process is killed if this test process exits first.
 */
export async function startDaemon(command: string, args: string[], options: { env?: Record<string, string | undefined>; readyUrl: string; timeoutMs?: number }): Promise<Daemon> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const child = spawn(command, args, { env: (options.env ?? process.env) as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const killOnExit = () => {
    if (running()) child.kill("SIGKILL");
  };
  process.once("exit", killOnExit);
  let spawnError: Error | undefined;
  child.once("error", (e) => (spawnError = e));

  const daemon: Daemon = {
    logs: () => output,
    async stop() {
      process.removeListener("exit", killOnExit);
      if (!running()) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (spawnError || !running()) break;
    try {
      const response = await fetch(options.readyUrl, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return daemon;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await daemon.stop();
  throw new Error(`${command} did not answer ${options.readyUrl} within ${timeoutMs} ms${spawnError ? ` (${spawnError.message})` : ""}\n${output}`);
}

/** GET a URL's body as text, bounded. */
export async function fetchText(url: string, timeoutMs = 10_000): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}\n${text.slice(0, 2_000)}`);
  return text;
}
