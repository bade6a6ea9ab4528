import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { dashboards, grafanaEmbedUrl } from "@/lib/domain/dashboards";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Dashboards" };

const ranges = [
  { label: "1 h", from: "now-1h" },
  { label: "6 h", from: "now-6h" },
  { label: "24 h", from: "now-24h" },
  { label: "7 d", from: "now-7d" },
];

type Params = { uid?: string; from?: string; to?: string; instance?: string };

export default async function DashboardsPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireActor();
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
      <PageHeader title="Dashboards" description="Grafana's system, database and container dashboards, embedded. The SOC watches these day and night." />
      {!grafana ? (
        <Notice tone="info">
          Grafana is not configured: set <code className="font-mono">GRAFANA_URL</code> to the Grafana of the stack Vigie ships (docker/compose.yaml provisions the dashboards and allows embedding), then restart Vigie.
        </Notice>
      ) : (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-2">
            {dashboards.map((d) => (
              <Link key={d.uid} href={href({ uid: d.uid })} aria-current={d.uid === current.uid ? "page" : undefined} className={`rounded-md px-2.5 py-1 text-xs font-medium ${d.uid === current.uid ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-zinc-200/60 dark:bg-zinc-800"}`}>
                {d.title}
              </Link>
            ))}
            <span className="ml-auto flex gap-1" aria-label="Time range">
              {ranges.map((r) => (
                <Link key={r.label} href={href({ from: r.from, to: "now" })} className={`rounded px-2 py-1 text-xs ${range.from === r.from && range.to === "now" ? "bg-sky-700 text-white" : "bg-zinc-200/60 dark:bg-zinc-800"}`}>{r.label}</Link>
              ))}
            </span>
          </div>
          {params.instance ? <p className="text-xs text-zinc-500">Instance: <code className="font-mono">{params.instance}</code></p> : null}
          <iframe
            title={current.title}
            src={grafanaEmbedUrl(grafana, current.uid, { from: safe(range.from), to: safe(range.to) }, params.instance)}
            className="h-[75vh] w-full rounded-lg border border-zinc-200 bg-white dark:border-zinc-800"
          />
        </div>
      )}
    </>
  );
}
