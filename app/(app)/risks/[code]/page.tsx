import type { Metadata } from "next";
import Link from "next/link";
import { criticalityTone } from "@/components/risks/heat-map";
import { RiskForm } from "@/components/risks/risk-form";
import { StepBadge } from "@/components/tickets/badges";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { criticalityLabels, impactLabels, probabilityLabels, strategyLabels, type RiskLevel } from "@/lib/domain/risk";
import { can } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/server/or-not-found";
import { getRisk } from "@/lib/server/risks/get-risk";
import { listPeople } from "@/lib/server/users/list-people";

export const metadata: Metadata = { title: "Risk" };

export default async function RiskPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActor();
  const risk = await orNotFound(getRisk({ actor, code }));
  return (
    <>
      <PageHeader title={`${risk.code} · ${risk.description}`} description={`If it happens: ${risk.consequences}`} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div><dt className="text-xs text-zinc-500">Impact</dt><dd>{impactLabels[risk.impact as RiskLevel].en}</dd></div>
            <div><dt className="text-xs text-zinc-500">Probability</dt><dd>{probabilityLabels[risk.probability as RiskLevel].en}</dd></div>
            <div><dt className="text-xs text-zinc-500">Criticality</dt><dd><span className={`rounded px-1.5 py-0.5 ${criticalityTone[risk.criticality]}`}>{criticalityLabels[risk.criticality].en}</span></dd></div>
            <div><dt className="text-xs text-zinc-500">Strategy</dt><dd>{risk.strategy ? strategyLabels[risk.strategy] : <span className="font-semibold text-rose-700 dark:text-rose-400">Untreated</span>}</dd></div>
          </dl>
          {risk.treatment ? <p className="max-w-3xl">{risk.treatment}</p> : null}
          <section aria-labelledby="incidents">
            <h2 id="incidents" className="mb-2 font-medium">Incidents that realised it</h2>
            <ul className="space-y-1" data-testid="risk-incidents">
              {risk.incidents.map((t) => (
                <li key={t.id} className="flex items-center gap-2">
                  <StepBadge step={t.step} />
                  <Link href={`/tickets/${t.id}`} className="hover:underline">#{t.number} {t.title}</Link>
                  <span className="text-xs text-zinc-500">{formatDateTime(t.createdAt)}</span>
                </li>
              ))}
              {risk.incidents.length === 0 ? <li className="text-zinc-500">None yet.</li> : null}
            </ul>
          </section>
          {can(actor, "risks.manage") ? (
            <section aria-labelledby="edit-risk">
              <h2 id="edit-risk" className="mb-2 font-medium">Edit</h2>
              <RiskForm risk={risk} people={await listPeople({ actor })} />
            </section>
          ) : null}
        </div>
        <aside aria-labelledby="history">
          <h2 id="history" className="mb-2 font-medium">History</h2>
          <ol className="space-y-2 text-xs" data-testid="risk-history">
            {risk.revisions.map((r) => (
              <li key={r.id} className="rounded border border-zinc-200 p-2 dark:border-zinc-800">
                <div className="text-zinc-500">{formatDateTime(r.at)} · {r.actorName}</div>
                <ul>
                  {Object.entries(r.changes as Record<string, { before: unknown; after: unknown }>).map(([field, change]) => (
                    <li key={field}><span className="font-medium">{field}</span>: {String(change.before ?? "—")} → {String(change.after ?? "—")}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </>
  );
}
