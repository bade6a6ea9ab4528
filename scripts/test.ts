// `npm test`: the whole suite, in the order that fails fastest. Prints one closing line with the counts.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent } from "./lib/build";

const root = path.resolve(import.meta.dirname, "..");
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-test-"));
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, command: string, args: string[]): Promise<number> {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.once("exit", (code, signal) => {
      console.log(`◀ ${label}: ${code === 0 ? "ok" : `failed (${signal ?? code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code ?? 1);
    });
  });
}

function countVitest(file: string) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
}

function countPlaywright(file: string) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  totals.passed += r.stats.expected + r.stats.flaky;
  totals.failed += r.stats.unexpected;
  totals.skipped += r.stats.skipped;
}

async function main() {
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  const steps: [string, () => Promise<number>][] = [
    ["prisma client", () => run("prisma generate", bin("prisma"), ["generate"])],
    ["migrations match the schema", () => run("migrations match schema.prisma", bin("tsx"), ["scripts/check-migrations.ts"])],
    ["typecheck", () => run("typecheck", bin("tsc"), ["--noEmit"])],
    ["lint", () => run("lint", bin("eslint"), [".", "--max-warnings=0"])],
    ["unit", async () => {
      const code = await run("unit tests", bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/unit.json`]);
      countVitest(`${reports}/unit.json`);
      return code;
    }],
    ["docker", async () => {
      const code = await run("docker/ checked natively (promtool, amtool, exporters, pgBackRest)", bin("vitest"), ["run", "--project", "docker", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/docker.json`]);
      countVitest(`${reports}/docker.json`);
      return code;
    }],
    ["integration", async () => {
      const code = await run("integration tests", bin("vitest"), ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/integration.json`]);
      countVitest(`${reports}/integration.json`);
      return code;
    }],
    ["build", () => (buildIsCurrent(root) ? Promise.resolve(0) : run("next build", bin("next"), ["build"]))],
    ["end-to-end", async () => {
      env.PLAYWRIGHT_JSON_OUTPUT_NAME = `${reports}/e2e.json`;
      const code = await run("end-to-end tests (Playwright)", bin("playwright"), ["test", "--reporter=list,json"]);
      countPlaywright(`${reports}/e2e.json`);
      return code;
    }],
  ];

  const started = Date.now();
  const failedSteps: string[] = [];
  for (const [name, step] of steps) {
    if ((await step()) !== 0) {
      failedSteps.push(name);
      // Later steps depend on the client and the build; keep going only past test failures.
      if (["prisma client", "build"].includes(name)) break;
    }
  }
  console.log(`\nSuite finished in ${((Date.now() - started) / 1000).toFixed(0)} s${failedSteps.length ? `; failed steps: ${failedSteps.join(", ")}` : ""}`);
  if (failedSteps.length && totals.failed === 0) totals.failed = failedSteps.length;
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  fs.rmSync(reports, { recursive: true, force: true });
  process.exit(failedSteps.length ? 1 : 0);
}

void main();
