import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Level } from "@/lib/domain/priority";
import { incidentWindow } from "@/lib/domain/dashboards";
import type { Category } from "@/lib/domain/alerts/mapping";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";

const link = "text-sky-700 underline dark:text-sky-400";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-1.5">
      <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="min-w-0 text-right">{children}</dd>
    </div>
  );
}

function dashboardHref(ticket: TicketDetail): string {
  const starts = [ticket.createdAt, ...ticket.alerts.map((a) => a.startsAt)].map((d) => new Date(d));
  const ends = ticket.alerts.map((a) => (a.endsAt ? new Date(a.endsAt) : null));
  const end = ends.length && ends.every((e) => e) ? new Date(Math.max(...ends.map((e) => e!.getTime()))) : ticket.closedAt ? new Date(ticket.closedAt) : null;
  const window = incidentWindow(new Date(Math.min(...starts.map((d) => d.getTime()))), end, new Date());
  const labels = (ticket.alerts[0]?.labels ?? {}) as Record<string, string>;
  // The database dashboard for PostgreSQL alerts, containers for cAdvisor's, the system one otherwise.
  const about = `${labels.job} ${labels.alertname}`;
  const uid = /postgres|pg_/i.test(about) ? "vigie-database" : /cadvisor|container/i.test(about) ? "vigie-containers" : /vigie/i.test(about) ? "vigie-app" : "vigie-system";
  return `/dashboards?${new URLSearchParams({ uid, from: String(window.from), to: end ? String(window.to) : "now", ...(labels.instance ? { instance: labels.instance } : {}) })}`;
}

export function TicketFacts({ ticket }: { ticket: TicketDetail }) {
  const t = useTranslations("tickets.facts");
  const step = useTranslations("lifecycle.steps");
  const level = useTranslations("admin.levels");
  const category = useTranslations("lifecycle.categories");
  const source = useTranslations("tickets.source");
  const format = useFormatter();
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" });
  return (
    <dl className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white px-3 text-xs dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      <Fact label={t("step")}>{step(`${ticket.step}.state`)}</Fact>
      <Fact label={t("acknowledged")}>{ticket.acknowledgedAt ? t("acknowledgedBy", { name: ticket.acknowledgedBy?.name ?? "—", date: when(ticket.acknowledgedAt) }) : t("notYet")}</Fact>
      <Fact label={t("assignee")}>{ticket.assignee?.name ?? "—"}</Fact>
      {ticket.affectedServices.length ? <Fact label={t("affectedServices")}>{ticket.affectedServices.join(", ")}</Fact> : null}
      <Fact label={t("urgency")}>{level(`${ticket.urgency as Level}`)}</Fact>
      <Fact label={t("impact")}>{ticket.impact ? level(`${ticket.impact as Level}`) : t("impactUnset")}</Fact>
      <Fact label={t("category")}>{ticket.category ? category(ticket.category as Category) : "—"}</Fact>
      <Fact label={t("source")}>{ticket.reporter ? t("reportedBy", { source: source(ticket.source), name: ticket.reporter.name }) : source(ticket.source)}</Fact>
      <Fact label={t("registered")}>{when(ticket.createdAt)}</Fact>
      <Fact label={t("dashboards")}><Link className={link} href={dashboardHref(ticket)}>{t("incidentWindow")}</Link></Fact>
      {ticket.previousTicket ? (
        <Fact label={t("recurrenceOf")}>
          <Link className={link} href={`/tickets/${ticket.previousTicket.number}`}>#{ticket.previousTicket.number}</Link>
        </Fact>
      ) : null}
      {ticket.recurrences.length ? (
        <Fact label={t("cameBackAs")}>
          {ticket.recurrences.map((r) => <Link key={r.id} className={`ml-1 ${link}`} href={`/tickets/${r.number}`}>#{r.number}</Link>)}
        </Fact>
      ) : null}
      {ticket.groupKey ? (
        // Alertmanager's raw group key: for whoever debugs the routing, not for reading. A term and its
        // definition like every other fact (a list of terms holds nothing else); the term is read, the fold shown.
        <div className="py-1.5">
          <dt className="sr-only">{t("alertGroup")}</dt>
          <dd>
            <details>
              <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">{t("details")}</summary>
              <div aria-hidden className="mt-1 text-zinc-600 dark:text-zinc-400">{t("alertGroup")}</div>
              <code className="block break-all font-mono text-[11px]">{ticket.groupKey}</code>
            </details>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
