"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { categories, type Category } from "@/lib/domain/alerts/mapping";
import type { IncidentMetricsView } from "@/lib/server/metrics/get-incident-metrics";

// recharts: a well-kept React chart library; SVG output, readable in both colour schemes via currentColor.
// `y` is the bar's data key; `name` its label in the tooltip, in the reader's language.
function Chart({ title, data, x, y, name, unit }: { title: string; data: Record<string, string | number>[]; x: string; y: string; name: string; unit?: string }) {
  const t = useTranslations("metrics.charts");
  return (
    <figure className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <figcaption className="mb-2 text-xs font-medium text-zinc-600 dark:text-zinc-400">{title}</figcaption>
      {data.length === 0 ? (
        <p className="py-10 text-center text-xs text-zinc-500">{t("noData")}</p>
      ) : (
        <div className="h-52 text-zinc-500">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
              <XAxis dataKey={x} tick={{ fontSize: 10, fill: "currentColor" }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 10, fill: "currentColor" }} unit={unit} />
              <Tooltip contentStyle={{ fontSize: 12 }} />
              <Bar dataKey={y} name={name} fill="#0284c7" radius={[3, 3, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

export function MetricsCharts({ metrics }: { metrics: IncidentMetricsView }) {
  const t = useTranslations("metrics.charts");
  const lifecycle = useTranslations("lifecycle");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Chart title={t("perWeek")} data={metrics.perWeek.map((w) => ({ week: w.week.slice(5), incidents: w.count }))} x="week" y="incidents" name={t("incidents")} />
      <Chart title={t("timeInStep")} data={metrics.timeInStep.map((s) => ({ step: lifecycle(`steps.${s.step}.label`), minutes: s.averageMinutes }))} x="step" y="minutes" name={t("minutes")} />
      <Chart title={t("perRisk")} data={metrics.byRisk.map((r) => ({ risk: r.code, incidents: r.count }))} x="risk" y="incidents" name={t("incidents")} />
      <Chart title={t("perCategory")} data={metrics.byCategory.map((c) => ({ category: categories.includes(c.category as Category) || c.category === "UNCLASSIFIED" ? lifecycle(`categories.${c.category as Category | "UNCLASSIFIED"}`) : c.category, incidents: c.count }))} x="category" y="incidents" name={t("incidents")} />
    </div>
  );
}
