import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MetricsCharts } from "@/components/metrics/charts";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getIncidentMetrics } from "@/lib/server/metrics/get-incident-metrics";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("metrics"))("title") };
}

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
  const t = await getTranslations("metrics");
  const minutes = (m: number | null) => {
    if (m === null) return "—";
    const rounded = Math.round(m);
    if (rounded < 60) return t("duration.minutes", { minutes: rounded });
    const hours = Math.floor(rounded / 60);
    if (hours >= 48) return t("duration.days", { days: Math.round(hours / 24) });
    return rounded % 60 ? t("duration.hoursMinutes", { hours, minutes: rounded % 60 }) : t("duration.hours", { hours });
  };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <nav aria-label={t("period")} className="flex gap-1">
            {periods.map((p) => (
              <Link key={p} href={`/metrics?days=${p}`} aria-current={p === days ? "page" : undefined} className={`rounded px-2 py-1 text-xs ${p === days ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-zinc-200/60 dark:bg-zinc-800"}`}>
                {t("days", { count: p })}
              </Link>
            ))}
          </nav>
        }
      />
      <div className="space-y-4">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="metrics-stats">
          <Stat label={t("stats.incidents")} value={String(metrics.total)} hint={t("stats.incidentsHint")} />
          <Stat label={t("stats.mtta")} value={minutes(metrics.mttaMinutes)} hint={t("mtta.definition")} />
          <Stat label={t("stats.mttr")} value={minutes(metrics.mttrMinutes)} hint={t("stats.mttrHint")} />
          <Stat label={t("stats.slaAssignment")} value={String(metrics.slaBreaches.assignment)} hint={t("stats.slaAssignmentHint")} />
          <Stat label={t("stats.slaSolution")} value={String(metrics.slaBreaches.solution)} hint={t("stats.slaSolutionHint")} />
        </div>
        <p className="max-w-3xl text-xs text-zinc-600 dark:text-zinc-400" data-testid="mtta-definition">
          {t.rich("mtta.samples", { definition: t("mtta.definition"), acknowledged: metrics.mttaSamples.acknowledged, assignedOnly: metrics.mttaSamples.assignedOnly, b: (chunks) => <span className="font-medium">{chunks}</span> })}
        </p>
        <MetricsCharts metrics={metrics} />
      </div>
    </>
  );
}
