import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Forbidden } from "@/components/shell/forbidden";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cellClass, Table } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { getReconciliation } from "@/lib/server/reconcile/get-reconciliation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("alertmanager.title") };
}

export default async function AlertmanagerPage() {
  const actor = await requireActor();
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const [{ config, state, last, runs }, t, format] = await Promise.all([getReconciliation({ actor }), getTranslations("admin"), getFormatter()]);
  const now = new Date();
  const minutes = (ms: number) => t("alertmanager.minutes", { count: Math.round(ms / 60_000) });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  const code = (chunks: ReactNode) => <code>{chunks}</code>;
  return (
    <>
      <AutoRefresh everyMs={15_000} />
      <PageHeader
        title={t("alertmanager.title")}
        description={t("alertmanager.description", { resolved: state.resolvedTotal, ingested: state.ingestedTotal })}
      />
      <div className="space-y-6">
        {!config ? (
          <Notice tone="info">{t("alertmanager.off")}</Notice>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="reconcile-config">
            {t.rich("alertmanager.config", { interval: minutes(config.intervalMs), receiver: config.receiver, grace: minutes(config.graceMs), unreachable: minutes(config.unreachableAfterMs), code })}
          </p>
        )}
        {state.unreachableSince ? (
          <Notice tone="error">
            {t("alertmanager.unreachableSince", { date: when(state.unreachableSince) })}
            {state.incidentTicketId ? <> <Link className="underline" href={`/tickets/${state.incidentTicketId}`}>{t("alertmanager.incident")}</Link></> : null}
          </Notice>
        ) : null}
        <section className="space-y-2">
          <h2 className="font-medium">{t("alertmanager.reachability")}</h2>
          <Table head={[t("alertmanager.reachHead.alertmanager"), t("alertmanager.reachHead.lastRun"), t("alertmanager.reachHead.alerts")]} testId="reachability" empty={last ? undefined : t("alertmanager.noRun")}>
            {last?.reachable.map((r) => (
              <tr key={r.url}>
                <td className={cellClass}>{r.url}</td>
                <td className={`${cellClass} ${r.ok ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400"}`}>{r.ok ? t("alertmanager.reachable") : t("alertmanager.unreachable", { error: r.error ?? "" })}</td>
                <td className={cellClass}>{r.ok ? r.alerts : "–"}</td>
              </tr>
            ))}
          </Table>
        </section>
        {last ? (
          <section className="space-y-2">
            <h2 className="font-medium">{t("alertmanager.lastRun", { when: format.relativeTime(last.startedAt, now), resolved: last.resolved, ingested: last.ingested })}</h2>
            {last.error ? <Notice tone="warning">{last.error}</Notice> : null}
            <Table head={[t("alertmanager.changesHead.change"), t("alertmanager.changesHead.alert"), t("alertmanager.changesHead.group"), t("alertmanager.changesHead.ticket")]} testId="changes" empty={last.changes.length ? undefined : t("alertmanager.agreed")}>
              {last.changes.map((c) => (
                <tr key={`${c.direction}-${c.fingerprint}`}>
                  <td className={cellClass}>{c.direction === "resolved" ? t("alertmanager.resolved") : t("alertmanager.ingested")}</td>
                  <td className={cellClass}>{c.alertname}</td>
                  <td className={`${cellClass} font-mono`}>{c.groupKey}</td>
                  <td className={cellClass}>{c.ticketId ? <Link className="text-sky-700 underline dark:text-sky-400" href={`/tickets/${c.ticketId}`}>{t("ticket")}</Link> : "–"}</td>
                </tr>
              ))}
            </Table>
          </section>
        ) : null}
        <section className="space-y-2">
          <h2 className="font-medium">{t("alertmanager.recentRuns")}</h2>
          <Table head={(["started", "duration", "alertsSeen", "resolved", "ingested", "reachable", "error"] as const).map((h) => t(`alertmanager.runsHead.${h}`))} testId="runs" empty={runs.length ? undefined : t("alertmanager.noneYet")}>
            {runs.map((r) => (
              <tr key={r.id}>
                <td className={cellClass}>{when(r.startedAt)}</td>
                <td className={cellClass}>{t("alertmanager.ms", { ms: r.durationMs })}</td>
                <td className={cellClass}>{r.alertsSeen}</td>
                <td className={cellClass}>{r.resolved}</td>
                <td className={cellClass}>{r.ingested}</td>
                <td className={cellClass}>{r.reachable.filter((x) => x.ok).length}/{r.reachable.length}</td>
                <td className={cellClass}>{r.error ?? ""}</td>
              </tr>
            ))}
          </Table>
        </section>
      </div>
    </>
  );
}
