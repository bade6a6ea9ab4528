// Small helpers shared by the benchmark's parts: percentiles, timed HTTP requests, the app's memory.
import fs from "node:fs";

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export type Timing = { p50: number; p95: number; p99: number; max: number };

export function timing(latencies: number[]): Timing {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1)! };
}

/** `requests` sequential GETs after `warmup` unmeasured ones; throws on a non-2xx answer. */
export async function timeGets(url: string, { headers = {}, requests, warmup = 5 }: { headers?: Record<string, string>; requests: number; warmup?: number }) {
  const latencies: number[] = [];
  let last: unknown;
  for (let i = 0; i < requests + warmup; i++) {
    const t = performance.now();
    const response = await fetch(url, { headers });
    const text = await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 200)}`);
    if (i >= warmup) latencies.push(performance.now() - t);
    last = text;
  }
  return { ...timing(latencies), body: last as string };
}

/** The process and its direct children, each with its /proc status (those that ended meanwhile are skipped). */
function withChildren(pid: number): { pid: number; status: string }[] {
  const found: { pid: number; status: string }[] = [];
  for (const entry of fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      if (Number(entry) === pid || Number(/PPid:\s+(\d+)/.exec(status)?.[1]) === pid) found.push({ pid: Number(entry), status });
    } catch {
      // the process ended
    }
  }
  return found;
}

/** Resident memory of the process and its direct children, in MiB. */
export function rssMiB(pid: number): number {
  const kib = withChildren(pid).reduce((total, { status }) => total + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), 0);
  return Math.round(kib / 1024);
}

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** CPU seconds used so far by a PostgreSQL server: its postmaster (from postmaster.pid in `dataDir`) and its backends. */
export function postgresCpuSeconds(dataDir: string): number {
  const postmaster = Number(fs.readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
  let total = 0;
  for (const { pid } of withChildren(postmaster)) {
    try {
      total += cpuSeconds(pid);
    } catch {
      // the backend ended
    }
  }
  return total;
}

export const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
