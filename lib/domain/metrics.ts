import { defaultSlaTargets, slaStatus, type SlaTargets } from "./sla";

// Incident metrics over a period, from tickets' own timestamps. Pure: the caller selects the tickets.
export type MetricTicket = {
  createdAt: Date;
  acknowledgedAt: Date | null;
  assignedAt: Date | null;
  solvedAt: Date | null;
  priority: number;
  category: string | null;
  riskCodes: string[];
};

// The MTTA's definition, shown beside the number, is in messages/<locale>/metrics.json (metrics.mtta.definition).

/** When the team took notice: the acknowledgement, else the first assignment (tickets from before acknowledgement existed). */
export function acknowledgementOf(t: Pick<MetricTicket, "acknowledgedAt" | "assignedAt">): Date | null {
  return t.acknowledgedAt ?? t.assignedAt;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Monday 00:00 UTC of the date's week. */
export function weekStart(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function incidentMetrics(tickets: MetricTicket[], period: { from: Date; to: Date }, targets: SlaTargets = defaultSlaTargets) {
  const weeks = new Map<string, number>();
  for (let w = new Date(weekStart(period.from)); w <= period.to; w = new Date(w.getTime() + 7 * 86_400_000)) weeks.set(w.toISOString().slice(0, 10), 0);
  const byCategory = new Map<string, number>();
  const byRisk = new Map<string, number>();
  let assignmentBreaches = 0;
  let solutionBreaches = 0;
  for (const t of tickets) {
    const week = weekStart(t.createdAt);
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
    const category = t.category ?? "UNCLASSIFIED";
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    for (const code of t.riskCodes) byRisk.set(code, (byRisk.get(code) ?? 0) + 1);
    const sla = slaStatus(t, targets, period.to);
    if (sla.assignment.breached) assignmentBreaches++;
    if (sla.solution.breached) solutionBreaches++;
  }
  const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 60_000));
  return {
    total: tickets.length,
    perWeek: [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, count]) => ({ week, count })),
    mttaMinutes: minutes(mean(tickets.flatMap((t) => { const at = acknowledgementOf(t); return at ? [at.getTime() - t.createdAt.getTime()] : []; }))),
    /** How the MTTA was measured: tickets acknowledged, and tickets counted until their assignment instead. */
    mttaSamples: { acknowledged: tickets.filter((t) => t.acknowledgedAt).length, assignedOnly: tickets.filter((t) => !t.acknowledgedAt && t.assignedAt).length },
    mttrMinutes: minutes(mean(tickets.filter((t) => t.solvedAt).map((t) => t.solvedAt!.getTime() - t.createdAt.getTime()))),
    byCategory: [...byCategory].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count),
    byRisk: [...byRisk].map(([code, count]) => ({ code, count })).sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true })),
    slaBreaches: { assignment: assignmentBreaches, solution: solutionBreaches },
  };
}

export type IncidentMetrics = ReturnType<typeof incidentMetrics>;
