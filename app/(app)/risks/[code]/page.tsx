import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { criticalityClass, criticalityStyle } from "@/components/risks/criticality-palette";
import { RiskForm } from "@/components/risks/risk-form";
import { StepBadge } from "@/components/tickets/badges";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { riskLevels, strategies, type RiskLevel, type Strategy } from "@/lib/domain/risk";
import { can } from "@/lib/domain/permissions";
import { orNotFound } from "@/lib/server/or-not-found";
import { getRisk } from "@/lib/server/risks/get-risk";
import { riskFields } from "@/lib/server/risks/risk-data";
import { listPeople } from "@/lib/server/users/list-people";

type HistoryField = (typeof riskFields)[number] | "created";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("risks"))("detail.metaTitle", { code: (await params).code.toUpperCase() }) };
}

export default async function RiskPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActor();
  const risk = await orNotFound(getRisk({ actor, code }));
  const [t, format] = await Promise.all([getTranslations("risks"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  // History keeps raw values: levels and strategies are shown by their names.
  const shown = (field: string, value: unknown) => {
    if ((field === "impact" || field === "probability") && riskLevels.includes(value as RiskLevel)) return t(`${field}.${value as RiskLevel}`);
    if (field === "strategy" && strategies.includes(value as Strategy)) return t(`strategy.${value as Strategy}`);
    return String(value ?? "—");
  };
  const fieldName = (field: string) => (field === "created" || (riskFields as readonly string[]).includes(field) ? t(`detail.fields.${field as HistoryField}`) : field);
  return (
    <>
      <PageHeader title={t("detail.title", { code: risk.code, description: risk.description })} description={t("ifItHappens", { consequences: risk.consequences })} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div><dt className="text-xs text-zinc-500">{t("detail.impact")}</dt><dd>{t(`impact.${risk.impact as RiskLevel}`)}</dd></div>
            <div><dt className="text-xs text-zinc-500">{t("detail.probability")}</dt><dd>{t(`probability.${risk.probability as RiskLevel}`)}</dd></div>
            <div><dt className="text-xs text-zinc-500">{t("detail.criticality")}</dt><dd><span className={`rounded px-1.5 py-0.5 ${criticalityClass}`} style={criticalityStyle(risk.criticality)}>{t(`criticality.${risk.criticality}`)}</span></dd></div>
            <div><dt className="text-xs text-zinc-500">{t("detail.strategy")}</dt><dd>{risk.strategy ? t(`strategy.${risk.strategy}`) : <span className="font-semibold text-rose-700 dark:text-rose-400">{t("untreated")}</span>}</dd></div>
          </dl>
          {risk.treatment ? <p className="max-w-3xl">{risk.treatment}</p> : null}
          <section aria-labelledby="incidents">
            <h2 id="incidents" className="mb-2 font-medium">{t("detail.incidents")}</h2>
            <ul className="space-y-1" data-testid="risk-incidents">
              {risk.incidents.map((ticket) => (
                <li key={ticket.id} className="flex items-center gap-2">
                  <StepBadge step={ticket.step} />
                  <Link href={`/tickets/${ticket.id}`} className="hover:underline">#{ticket.number} {ticket.title}</Link>
                  <span className="text-xs text-zinc-500">{when(ticket.createdAt)}</span>
                </li>
              ))}
              {risk.incidents.length === 0 ? <li className="text-zinc-500">{t("detail.noIncident")}</li> : null}
            </ul>
          </section>
          {can(actor, "risks.manage") ? (
            <section aria-labelledby="edit-risk">
              <h2 id="edit-risk" className="mb-2 font-medium">{t("detail.edit")}</h2>
              <RiskForm risk={risk} people={await listPeople({ actor })} />
            </section>
          ) : null}
        </div>
        <aside aria-labelledby="history">
          <h2 id="history" className="mb-2 font-medium">{t("detail.history")}</h2>
          <ol className="space-y-2 text-xs" data-testid="risk-history">
            {risk.revisions.map((r) => (
              <li key={r.id} className="rounded border border-zinc-200 p-2 dark:border-zinc-800">
                <div className="text-zinc-500">{when(r.at)} · {r.actorName}</div>
                <ul>
                  {Object.entries(r.changes as Record<string, { before: unknown; after: unknown }>).map(([field, change]) => (
                    <li key={field}><span className="font-medium">{fieldName(field)}</span>: {shown(field, change.before)} → {shown(field, change.after)}</li>
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
