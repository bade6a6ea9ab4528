import Link from "next/link";
import type { ReactNode } from "react";
import { stepInfo } from "@/lib/domain/lifecycle/steps";
import { levelLabels, type Level } from "@/lib/domain/priority";
import { formatDateTime } from "@/lib/format";
import { incidentWindow } from "@/lib/domain/dashboards";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-1.5">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="text-right">{children}</dd>
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
  return (
    <dl className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white px-3 text-xs dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      <Fact label="Step">{stepInfo[ticket.step].state}</Fact>
      <Fact label="Acknowledged">{ticket.acknowledgedAt ? `${ticket.acknowledgedBy?.name ?? "—"}, ${formatDateTime(ticket.acknowledgedAt)}` : "not yet"}</Fact>
      <Fact label="Assignee">{ticket.assignee?.name ?? "—"}</Fact>
      {ticket.affectedServices.length ? <Fact label="Affected services">{ticket.affectedServices.join(", ")}</Fact> : null}
      <Fact label="Urgency">{levelLabels[ticket.urgency as Level]}</Fact>
      <Fact label="Impact">{ticket.impact ? levelLabels[ticket.impact as Level] : "not set (counted as medium)"}</Fact>
      <Fact label="Category">{ticket.category?.toLowerCase() ?? "—"}</Fact>
      <Fact label="Source">{ticket.source.toLowerCase()}{ticket.reporter ? ` · ${ticket.reporter.name}` : ""}</Fact>
      <Fact label="Registered">{formatDateTime(ticket.createdAt)}</Fact>
      <Fact label="Dashboards"><Link className="text-sky-700 underline dark:text-sky-400" href={dashboardHref(ticket)}>incident window</Link></Fact>
      {ticket.groupKey ? <Fact label="Alert group"><code className="break-all font-mono text-[11px]">{ticket.groupKey}</code></Fact> : null}
      {ticket.previousTicket ? (
        <Fact label="Recurrence of">
          <Link className="text-sky-700 underline dark:text-sky-400" href={`/tickets/${ticket.previousTicket.id}`}>#{ticket.previousTicket.number}</Link>
        </Fact>
      ) : null}
      {ticket.recurrences.length ? (
        <Fact label="Came back as">
          {ticket.recurrences.map((r) => (
            <Link key={r.id} className="ml-1 text-sky-700 underline dark:text-sky-400" href={`/tickets/${r.id}`}>#{r.number}</Link>
          ))}
        </Fact>
      ) : null}
    </dl>
  );
}
