import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { runbookAnchor, runbooks } from "@/lib/domain/runbooks";

export const metadata: Metadata = { title: "Runbooks" };

const groupLabels = { "server-state": "Server state", "service-state": "Service state", "resource-consumption": "Resource consumption", watchdog: "Heartbeat" } as const;

export default async function RunbooksPage() {
  await requireActor();
  return (
    <>
      <PageHeader title="Runbooks" description="What each alert of the shipped Prometheus rules means, what to check first, and how to fix it." />
      <div className="max-w-3xl space-y-4">
        {runbooks.map((r) => (
          <section key={r.alert} id={runbookAnchor(r.alert)} className="scroll-mt-4 rounded-lg border border-zinc-200 bg-white p-4 target:ring-2 target:ring-sky-500 dark:border-zinc-800 dark:bg-zinc-900">
            <h2 className="flex flex-wrap items-baseline gap-2 font-semibold">
              {r.alert}
              <span className="text-xs font-normal text-zinc-500">{groupLabels[r.group]}{r.risk ? ` · risk ${r.risk}` : ""}</span>
            </h2>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{r.meaning}</p>
            <div className="mt-3 grid gap-4 sm:grid-cols-2">
              <div>
                <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Check</h3>
                <ul className="mt-1 list-disc space-y-1 pl-4">{r.check.map((c) => <li key={c}>{c}</li>)}</ul>
              </div>
              <div>
                <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Fix</h3>
                <ul className="mt-1 list-disc space-y-1 pl-4">{r.fix.map((f) => <li key={f}>{f}</li>)}</ul>
              </div>
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
