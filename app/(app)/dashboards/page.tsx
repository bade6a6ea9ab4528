import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { dashboards, grafanaEmbedUrl } from "@/lib/domain/dashboards";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("title") };
}

const ranges = [
  { key: "1h", from: "now-1h" },
  { key: "6h", from: "now-6h" },
  { key: "24h", from: "now-24h" },
  { key: "7d", from: "now-7d" },
] as const;

type Params = { uid?: string; from?: string; to?: string; instance?: string };

export default async function DashboardsPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireActor();
  const t = await getTranslations("dashboards");
  const params = await searchParams;
  const grafana = env().GRAFANA_URL;
  const current = dashboards.find((d) => d.uid === params.uid) ?? dashboards[0];
  const range = { from: params.from ?? "now-6h", to: params.to ?? "now" };
  // Time bounds are Grafana's relative expressions or epoch milliseconds; anything else falls back.
  const safe = (v: string) => (/^(now(-\d+[smhdw])?|\d{10,14})$/.test(v) ? v : "now");
  const href = (changes: Partial<Params>) => {
    const next = new URLSearchParams({ uid: current.uid, from: range.from, to: range.to, ...(params.instance ? { instance: params.instance } : {}), ...changes } as Record<string, string>);
    return `/dashboards?${next.toString()}`;
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {!grafana ? (
        <Notice tone="info">
          {t.rich("grafana.notConfigured", { code: (chunks) => <code className="font-mono">{chunks}</code> })}
        </Notice>
      ) : (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("choose")}>
            {dashboards.map((d) => (
              <Link key={d.uid} href={href({ uid: d.uid })} aria-current={d.uid === current.uid ? "page" : undefined} className={`rounded-md px-2.5 py-1 text-xs font-medium ${d.uid === current.uid ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-zinc-200/60 dark:bg-zinc-800"}`}>
                {t(`titles.${d.uid}`)}
              </Link>
            ))}
            <span className="ml-auto flex gap-1" aria-label={t("timeRange")}>
              {ranges.map((r) => (
                <Link key={r.key} href={href({ from: r.from, to: "now" })} className={`rounded px-2 py-1 text-xs ${range.from === r.from && range.to === "now" ? "bg-sky-700 text-white" : "bg-zinc-200/60 dark:bg-zinc-800"}`}>{t(`ranges.${r.key}`)}</Link>
              ))}
            </span>
          </div>
          {params.instance ? <p className="text-xs text-zinc-500">{t.rich("grafana.instance", { instance: params.instance, code: (chunks) => <code className="font-mono">{chunks}</code> })}</p> : null}
          <iframe
            title={t(`titles.${current.uid}`)}
            src={grafanaEmbedUrl(grafana, current.uid, { from: safe(range.from), to: safe(range.to) }, params.instance)}
            className="h-[75vh] w-full rounded-lg border border-zinc-200 bg-white dark:border-zinc-800"
          />
        </div>
      )}
    </>
  );
}
