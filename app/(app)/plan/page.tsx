import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { steps, stepInfo } from "@/lib/domain/lifecycle/steps";
import { backupPolicy, detectionMeasures, monitoringGroups, suggestions } from "@/lib/domain/plan";
import { listRisks } from "@/lib/server/risks/list-risks";
import { listMaintenanceWindows } from "@/lib/server/silences/list-maintenance-windows";
import { MaintenanceWindows } from "@/components/silences/maintenance-windows";

export const metadata: Metadata = { title: "Incident plan" };

const List = ({ items }: { items: string[] }) => <ul className="list-disc space-y-1 pl-5">{items.map((i) => <li key={i}>{i}</li>)}</ul>;

export default async function PlanPage() {
  const actor = await requireActor();
  const [risks, maintenance, riskText] = await Promise.all([listRisks({ actor }), listMaintenanceWindows({ actor }), getTranslations("risks")]);
  return (
    <>
      <PageHeader title="Incident plan" description="How the team detects incidents, carries them through seven steps, and treats its risks." />
      <div className="max-w-4xl space-y-8">
        <section className="space-y-2">
          <h2 className="text-base font-semibold">Detection</h2>
          <List items={detectionMeasures} />
          <div className="grid gap-2 sm:grid-cols-3">
            {monitoringGroups.map((g) => (
              <div key={g.name} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"><div className="font-medium">{g.name}</div><p className="text-xs text-zinc-600 dark:text-zinc-400">{g.text}</p></div>
            ))}
          </div>
        </section>
        <section className="space-y-2" aria-labelledby="steps">
          <h2 id="steps" className="text-base font-semibold">The seven steps</h2>
          <ol className="space-y-2" data-testid="plan-steps">
            {steps.map((s) => {
              const info = stepInfo[s];
              return (
                <li key={s} className="grid gap-1 rounded-lg border border-zinc-200 p-3 sm:grid-cols-[12rem_1fr] dark:border-zinc-800">
                  <div><span className="font-mono text-zinc-500">{info.number}</span> <span className="font-medium">{info.label}</span><div className="text-xs italic text-zinc-500">{info.planName}</div></div>
                  <div>
                    <p>{info.meaning}</p>
                    <p className="text-xs text-zinc-500">Who: {info.who}. In Vigie: “{info.state}”</p>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
        <section className="space-y-2">
          <h2 className="text-base font-semibold">Risk treatments</h2>
          <ul className="space-y-2">
            {risks.map((r) => (
              <li key={r.id}>
                <Link href={`/risks/${r.code}`} className="font-mono font-semibold text-sky-700 hover:underline dark:text-sky-400">{r.code}</Link>{" "}
                {r.strategy ? <span className="font-medium">{riskText(`strategy.${r.strategy}`)}:</span> : <span className="font-semibold text-rose-700 dark:text-rose-400">Untreated.</span>}{" "}
                {r.treatment ?? r.description}
              </li>
            ))}
          </ul>
        </section>
        {maintenance ? <MaintenanceWindows data={maintenance} /> : null}
        <section className="space-y-2">
          <h2 className="text-base font-semibold">Backups</h2>
          <List items={backupPolicy} />
        </section>
        <section className="space-y-2">
          <h2 className="text-base font-semibold">Suggestions for resilience</h2>
          <List items={suggestions.map((s) => `${s.name}: ${s.text}`)} />
        </section>
      </div>
    </>
  );
}
