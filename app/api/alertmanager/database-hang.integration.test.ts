import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { POST } from "./route";

// "PostgreSQL hangs": the test's own throwaway server and all its processes stopped with SIGSTOP, as a frozen VM,
// a full disk or a stuck storage would. Connections stay open and nothing answers.
let postmaster = 0;
let pids: number[] = [];
const children = () => execFileSync("pgrep", ["-P", String(postmaster)], { encoding: "utf8" }).trim().split("\n").map(Number);
function signal(name: "SIGSTOP" | "SIGCONT") {
  if (name === "SIGSTOP") pids = [postmaster, ...children()]; // the backends open now, the app's pool among them
  for (const pid of pids) process.kill(pid, name);
}

beforeAll(async () => {
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  resetEnv();
  const [row] = await testDb().$queryRaw<{ data_directory: string }[]>`SELECT current_setting('data_directory') AS data_directory`;
  const data_directory = row!.data_directory;
  postmaster = Number(fs.readFileSync(path.join(data_directory, "postmaster.pid"), "utf8").split("\n")[0]);
});

afterAll(() => {
  // A backend whose connection the app destroyed (timed out) has exited once continued: nothing to continue.
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGCONT");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
});

it("answers 503 with Retry-After within seconds while PostgreSQL hangs, logs one line, and stores the retry once it is back", async () => {
  const warm = uniqueGroup();
  expect((await POST(webhookRequest(warm.payload([warm.alert()])))).status).toBe(200); // the pool holds live connections

  const g = uniqueGroup();
  const payload = g.payload([g.alert()]);
  const logged: unknown[][] = [];
  const spies = (["error", "warn", "log"] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args) => void logged.push(args)));
  signal("SIGSTOP");
  const answers: { status: number; retryAfter: string | null; ms: number }[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const started = performance.now();
      const response = await POST(webhookRequest(payload));
      answers.push({ status: response.status, retryAfter: response.headers.get("retry-after"), ms: Math.round(performance.now() - started) });
    }
  } finally {
    signal("SIGCONT");
    spies.forEach((s) => s.mockRestore());
  }
  console.info("PostgreSQL hung (SIGSTOP): answers", answers);
  for (const a of answers) {
    expect(a).toMatchObject({ status: 503, retryAfter: "5" });
    expect(a.ms).toBeLessThan(5_000);
  }
  // One short line per refused delivery: no stack trace, no Prisma error dump.
  expect(logged).toHaveLength(answers.length);
  for (const line of logged) {
    expect(line).toHaveLength(1);
    expect(String(line[0])).toMatch(/database unavailable/i);
    expect(String(line[0])).not.toMatch(/\n\s+at /);
  }

  // Like Alertmanager: retry with backoff until stored.
  let status = 0;
  for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
    status = (await POST(webhookRequest(payload))).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 250 * (attempt + 1)));
  }
  expect(status).toBe(200);
  const tickets = await testDb().ticket.findMany({ where: { groupKey: g.groupKey }, include: { alerts: true } });
  expect(tickets).toHaveLength(1);
  expect(tickets[0]!.alerts).toHaveLength(1);
});
