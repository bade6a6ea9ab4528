import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { MaintenanceWindows } from "@/components/silences/maintenance-windows";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { steps, stepInfo } from "@/lib/domain/lifecycle/steps";
import { backupPolicy, detectionMeasures, monitoringGroups, suggestions } from "@/lib/domain/plan";
import { listRisks } from "@/lib/server/risks/list-risks";
import { listMaintenanceWindows } from "@/lib/server/silences/list-maintenance-windows";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plan"))("title") };
}

const List = ({ items }: { items: ReactNode[] }) => <ul className="list-disc space-y-1 pl-5">{items.map((item, i) => <li key={i}>{item}</li>)}</ul>;

export default async function PlanPage() {
  const actor = await requireActor();
  const [risks, maintenance, t, stepText, riskText] = await Promise.all([
    listRisks({ actor }),
    listMaintenanceWindows({ actor }),
    getTranslations("plan"),
    getTranslations("lifecycle.steps"),
    getTranslations("risks"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="max-w-4xl space-y-8">
        <section className="space-y-2">
          <h2 className="text-base font-semibold">{t("detection.title")}</h2>
          <List items={detectionMeasures.map((m) => t(`detection.${m}`))} />
          <div className="grid gap-2 sm:grid-cols-3">
            {monitoringGroups.map((g) => (
              <div key={g} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"><div className="font-medium">{t(`groups.${g}.name`)}</div><p className="text-xs text-zinc-600 dark:text-zinc-400">{t(`groups.${g}.text`)}</p></div>
            ))}
          </div>
        </section>
        <section className="space-y-2" aria-labelledby="steps">
          <h2 id="steps" className="text-base font-semibold">{t("steps.title")}</h2>
          <ol className="space-y-2" data-testid="plan-steps">
            {steps.map((s) => (
              <li key={s} className="grid gap-1 rounded-lg border border-zinc-200 p-3 sm:grid-cols-[12rem_1fr] dark:border-zinc-800">
                {/* The plan's own French name beside the step's name, in either language. */}
                <div><span className="font-mono text-zinc-500">{stepInfo[s].number}</span> <span className="font-medium">{stepText(`${s}.label`)}</span><div className="text-xs italic text-zinc-500" lang="fr">{stepInfo[s].planName}</div></div>
                <div>
                  <p>{stepText(`${s}.meaning`)}</p>
                  <p className="text-xs text-zinc-500">{t("steps.who", { who: stepText(`${s}.who`), state: stepText(`${s}.state`) })}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>
        <section className="space-y-2">
          <h2 className="text-base font-semibold">{t("risks.title")}</h2>
          <ul className="space-y-2">
            {risks.map((r) => (
              <li key={r.id}>
                <Link href={`/risks/${r.code}`} className="font-mono font-semibold text-sky-700 hover:underline dark:text-sky-400">{r.code}</Link>{" "}
                {r.strategy ? <span className="font-medium">{t("risks.strategy", { strategy: riskText(`strategy.${r.strategy}`) })}</span> : <span className="font-semibold text-rose-700 dark:text-rose-400">{riskText("untreated")}</span>}{" "}
                {r.treatment ?? r.description}
              </li>
            ))}
          </ul>
        </section>
        {maintenance ? <MaintenanceWindows data={maintenance} /> : null}
        <section className="space-y-2">
          <h2 className="text-base font-semibold">{t("backups.title")}</h2>
          <List items={backupPolicy.map((b) => t(`backups.${b}`))} />
        </section>
        <section className="space-y-2">
          <h2 className="text-base font-semibold">{t("suggestions.title")}</h2>
          <List items={suggestions.map((s) => t.rich("suggestions.item", { name: t(`suggestions.${s}.name`), text: t(`suggestions.${s}.text`), b: (chunks) => <span className="font-medium">{chunks}</span> }))} />
        </section>
      </div>
    </>
  );
}
