import { worstOf, type Impact, type PublicStatus, type ServiceState } from "./state";

// The 90-day history of a service, computed from its public incidents: one cell per (UTC) day with the worst
// stated impact that day, and an uptime figure. As Statuspage counts it: a major outage is downtime, a partial
// outage counts for 30 %, a degradation is not downtime.
export const HISTORY_DAYS = 90;
const DAY_MS = 86_400_000;
const downtimeWeight: Record<Impact, number> = { MAJOR_OUTAGE: 1, PARTIAL_OUTAGE: 0.3, DEGRADED: 0 };

export type ImpactSpan = { from: Date; to: Date | null; impact: Impact };
export type UpdateLike = { status: PublicStatus; impact: Impact; createdAt: Date };

/** An incident's updates → the spans of its stated impact: each update's impact holds until the next; "resolved" ends it. */
export function incidentSpans(updates: UpdateLike[]): ImpactSpan[] {
  const sorted = [...updates].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const spans: ImpactSpan[] = [];
  for (const [i, update] of sorted.entries()) {
    if (update.status === "RESOLVED") break;
    spans.push({ from: update.createdAt, to: sorted[i + 1]?.createdAt ?? null, impact: update.impact });
  }
  return spans;
}

export type HistoryDay = { date: string; state: ServiceState | "NO_DATA"; downMinutes: number };
export type History = { days: HistoryDay[]; uptimePercent: number | null };

const overlapMs = (span: ImpactSpan, start: number, end: number, now: number) => Math.max(0, Math.min(end, span.to?.getTime() ?? now) - Math.max(start, span.from.getTime()));

/** The last `days` days up to `now`, oldest first; days before `since` (the service's creation) have no data. */
export function serviceHistory({ spans, since, now, days = HISTORY_DAYS }: { spans: ImpactSpan[]; since: Date; now: Date; days?: number }): History {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const result: HistoryDay[] = [];
  let covered = 0;
  let down = 0;
  for (let d = days - 1; d >= 0; d--) {
    const start = today - d * DAY_MS;
    const end = Math.min(start + DAY_MS, now.getTime());
    const date = new Date(start).toISOString().slice(0, 10);
    const from = Math.max(start, since.getTime());
    if (from >= end) {
      result.push({ date, state: "NO_DATA", downMinutes: 0 });
      continue;
    }
    const touching = spans.filter((s) => overlapMs(s, from, end, now.getTime()) > 0);
    const weighted = touching.reduce((sum, s) => sum + overlapMs(s, from, end, now.getTime()) * downtimeWeight[s.impact], 0);
    covered += end - from;
    down += Math.min(weighted, end - from); // two incidents at once are not twice the downtime
    result.push({ date, state: worstOf(touching.map((s) => s.impact)), downMinutes: Math.round(weighted / 60_000) });
  }
  // Rounded down: an outage never shows as 100 %.
  const uptimePercent = covered > 0 ? Math.floor((1 - down / covered) * 10_000) / 100 : null;
  return { days: result, uptimePercent };
}

export type HistoryRun = { from: string; to: string; state: HistoryDay["state"]; days: number; downMinutes: number };

/** Consecutive days of one state, oldest first: what the bar draws and reads out (a few runs, not 90 cells). */
export function historyRuns(days: HistoryDay[]): HistoryRun[] {
  const runs: HistoryRun[] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last.state === day.state) Object.assign(last, { to: day.date, days: last.days + 1, downMinutes: last.downMinutes + day.downMinutes });
    else runs.push({ from: day.date, to: day.date, state: day.state, days: 1, downMinutes: day.downMinutes });
  }
  return runs;
}
