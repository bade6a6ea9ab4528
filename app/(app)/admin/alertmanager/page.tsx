import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/shell/forbidden";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cellClass, Table } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { formatDateTime, formatRelative } from "@/lib/format";
import { getReconciliation } from "@/lib/server/reconcile/get-reconciliation";

export const metadata: Metadata = { title: "Alertmanager" };

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

export default async function AlertmanagerPage() {
  const actor = await requireActor();
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const { config, state, last, runs } = await getReconciliation({ actor });
  const now = new Date();
  return (
    <>
      <AutoRefresh everyMs={15_000} />
      <PageHeader
        title="Alertmanager"
        description={`Reconciliation compares Alertmanager's alerts with Vigie's: ${state.resolvedTotal} resolved and ${state.ingestedTotal} ingested so far.`}
      />
      <div className="space-y-6">
        {!config ? (
          <Notice tone="info">ALERTMANAGER_URL is not set: reconciliation is off. Vigie only knows what the webhook delivers.</Notice>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="reconcile-config">
            Every {minutes(config.intervalMs)}, receivers matching <code>{config.receiver}</code>; missing alerts are resolved after {minutes(config.graceMs)};
            unreachable for {minutes(config.unreachableAfterMs)} opens an R1 incident.
          </p>
        )}
        {state.unreachableSince ? (
          <Notice tone="error">
            No Alertmanager has answered since {formatDateTime(state.unreachableSince)}.
            {state.incidentTicketId ? <> <Link className="underline" href={`/tickets/${state.incidentTicketId}`}>R1 incident</Link></> : null}
          </Notice>
        ) : null}
        <section className="space-y-2">
          <h2 className="font-medium">Reachability</h2>
          <Table head={["Alertmanager", "Last run", "Alerts held"]} testId="reachability" empty={last ? undefined : "No reconciliation has run yet."}>
            {last?.reachable.map((r) => (
              <tr key={r.url}>
                <td className={cellClass}>{r.url}</td>
                <td className={`${cellClass} ${r.ok ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400"}`}>{r.ok ? "reachable" : `unreachable: ${r.error}`}</td>
                <td className={cellClass}>{r.ok ? r.alerts : "–"}</td>
              </tr>
            ))}
          </Table>
        </section>
        {last ? (
          <section className="space-y-2">
            <h2 className="font-medium">Last run, {formatRelative(last.startedAt, now)}: {last.resolved} resolved, {last.ingested} ingested</h2>
            {last.error ? <Notice tone="warning">{last.error}</Notice> : null}
            <Table head={["Change", "Alert", "Group", "Ticket"]} testId="changes" empty={last.changes.length ? undefined : "Vigie and Alertmanager agreed: nothing changed."}>
              {last.changes.map((c) => (
                <tr key={`${c.direction}-${c.fingerprint}`}>
                  <td className={cellClass}>{c.direction === "resolved" ? "Resolved (no longer in Alertmanager)" : "Ingested (never delivered)"}</td>
                  <td className={cellClass}>{c.alertname}</td>
                  <td className={`${cellClass} font-mono`}>{c.groupKey}</td>
                  <td className={cellClass}>{c.ticketId ? <Link className="text-sky-700 underline dark:text-sky-400" href={`/tickets/${c.ticketId}`}>ticket</Link> : "–"}</td>
                </tr>
              ))}
            </Table>
          </section>
        ) : null}
        <section className="space-y-2">
          <h2 className="font-medium">Recent runs</h2>
          <Table head={["Started", "Duration", "Alerts seen", "Resolved", "Ingested", "Reachable", "Error"]} testId="runs" empty={runs.length ? undefined : "None yet."}>
            {runs.map((r) => (
              <tr key={r.id}>
                <td className={cellClass}>{formatDateTime(r.startedAt)}</td>
                <td className={cellClass}>{r.durationMs} ms</td>
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
