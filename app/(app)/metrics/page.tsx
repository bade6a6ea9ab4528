import type { Metadata } from "next";
import Link from "next/link";
import { MetricsCharts } from "@/components/metrics/charts";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { mttaDefinition } from "@/lib/domain/metrics";
import { formatDuration } from "@/lib/format";
import { getIncidentMetrics } from "@/lib/server/metrics/get-incident-metrics";

export const metadata: Metadata = { title: "Metrics" };

const periods = [7, 30, 90, 365];

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900" title={hint}>
      <div className="text-xs text-zinc-500">{label}</div>
      <div className="text-2xl font-semibold tabular-nums">{value}</div>
    </div>
  );
}

export default async function MetricsPage({ searchParams }: { searchParams: Promise<{ days?: string }> }) {
  const actor = await requireActor();
  const requested = Number((await searchParams).days);
  const days = periods.includes(requested) ? requested : 90;
  const metrics = await getIncidentMetrics({ actor, days });
  const minutes = (m: number | null) => (m === null ? "—" : formatDuration(m * 60_000));
  return (
    <>
      <PageHeader
        title="Metrics"
        description="How fast the team takes incidents and solves them, where the time goes, and which risks and categories come back."
        actions={
          <nav aria-label="Period" className="flex gap-1">
            {periods.map((p) => (
              <Link key={p} href={`/metrics?days=${p}`} aria-current={p === days ? "page" : undefined} className={`rounded px-2 py-1 text-xs ${p === days ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-zinc-200/60 dark:bg-zinc-800"}`}>
                {p} days
              </Link>
            ))}
          </nav>
        }
      />
      <div className="space-y-4">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="metrics-stats">
          <Stat label="Incidents" value={String(metrics.total)} hint="Registered in the period; duplicates and merged tickets count once, as the ticket they joined" />
          <Stat label="MTTA" value={minutes(metrics.mttaMinutes)} hint={mttaDefinition} />
          <Stat label="MTTR" value={minutes(metrics.mttrMinutes)} hint="Mean time from registration to the recorded solution" />
          <Stat label="SLA breaches: assignment" value={String(metrics.slaBreaches.assignment)} hint="Tickets assigned later than their priority's target" />
          <Stat label="SLA breaches: solution" value={String(metrics.slaBreaches.solution)} hint="Tickets solved later than their priority's target" />
        </div>
        <p className="max-w-3xl text-xs text-zinc-600 dark:text-zinc-400" data-testid="mtta-definition">
          <span className="font-medium">MTTA</span> — {mttaDefinition} In this period: {metrics.mttaSamples.acknowledged} acknowledged, {metrics.mttaSamples.assignedOnly} counted until their assignment.
        </p>
        <MetricsCharts metrics={metrics} />
      </div>
    </>
  );
}
