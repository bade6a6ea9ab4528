"use client";

import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import type { MouseEvent, ReactNode } from "react";
import type { SlaState } from "@/lib/domain/sla";
import type { Category } from "@/lib/domain/alerts/mapping";
import type { TicketListItem } from "@/lib/server/tickets/list-tickets";
import { PriorityBadge, SignalBadge, StepBadge } from "./badges";

/** The list's columns, by message key (tickets.list.columns); the first is the checkbox. */
export const ticketListColumns = ["number", "incident", "step", "priority", "signal", "sla", "alerts", "acknowledgedBy", "assignee", "registered"] as const;

const slaTone: Record<SlaState, string> = {
  breached: "bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-300",
  at_risk: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-300",
  ok: "text-zinc-600 dark:text-zinc-400",
  met: "text-emerald-700 dark:text-emerald-400",
};

export function SlaBadge({ sla }: { sla: TicketListItem["sla"] }) {
  const t = useTranslations("tickets.list");
  const format = useFormatter();
  const title = sla.dueAt ? t(sla.clock === "assignment" ? "slaDue.assignment" : "slaDue.solution", { date: format.dateTime(new Date(sla.dueAt), { dateStyle: "medium", timeStyle: "short" }) }) : undefined;
  return <span data-sla={sla.state} title={title} className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${slaTone[sla.state]}`}>{t(`slaState.${sla.state}`)}</span>;
}

// A cell: a table cell from md up; below, a fact of the card, named by its column.
function Cell({ label, className = "", children, col }: { label?: string; className?: string; children: ReactNode; col?: string }) {
  return (
    <td className={`md:table-cell md:px-3 md:py-2 ${className}`} data-col={col}>
      {label ? <span className="mr-1 text-zinc-600 md:hidden dark:text-zinc-400">{label}</span> : null}
      {children}
    </td>
  );
}

/** One ticket of the list: a checkbox, the facts triage needs, the keyboard cursor. A card on a phone. */
export function TicketRow({ ticket: t, selected, cursor, onToggle, onFocusRow, hideCheckbox = false }: {
  ticket: TicketListItem;
  selected: boolean;
  cursor: boolean;
  /** Observers select nothing: no checkbox column. */
  hideCheckbox?: boolean;
  onToggle: (id: string, event: MouseEvent<HTMLInputElement>) => void;
  onFocusRow: (id: string) => void;
}) {
  const l = useTranslations("tickets.list");
  const category = useTranslations("lifecycle.categories");
  const source = useTranslations("tickets.source");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" });
  const ago = (d: Date | string) => format.relativeTime(new Date(d), now);
  return (
    <tr
      data-ticket-row
      data-id={t.id}
      data-number={t.number}
      tabIndex={-1}
      aria-selected={selected}
      onFocus={() => onFocusRow(t.id)}
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 outline-none md:table-row md:p-0 ${selected ? "bg-sky-50 dark:bg-sky-950/40" : "hover:bg-zinc-50 dark:hover:bg-zinc-800/40"} ${cursor ? "ring-2 ring-inset ring-sky-500" : ""}`}
    >
      {hideCheckbox ? null : (
        <Cell>
          <input type="checkbox" aria-label={l("row.select", { number: t.number })} checked={selected} onClick={(e) => onToggle(t.id, e)} onChange={() => undefined} className="h-4 w-4" />
        </Cell>
      )}
      <Cell className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{t.number}</Cell>
      <Cell className="order-first basis-full md:order-none md:min-w-64">
        <Link href={`/tickets/${t.number}`} data-row-link className="break-words font-medium hover:text-sky-700 hover:underline dark:hover:text-sky-400">
          {t.title}
        </Link>
        <div className="mt-0.5 flex flex-wrap gap-2 text-xs text-zinc-600 dark:text-zinc-400">
          <span>{source(t.source)}</span>
          {t.category ? <span>{category(t.category as Category)}</span> : null}
          {t.closureReason === "DUPLICATE" || t.closureReason === "MERGED" ? <span>{l(t.closureReason === "MERGED" ? "closure.MERGED" : "closure.DUPLICATE")}</span> : null}
          {t.riskCodes.map((r) => <span key={r} className="font-mono">{r}</span>)}
        </div>
      </Cell>
      <Cell><StepBadge step={t.step} /></Cell>
      <Cell><PriorityBadge priority={t.priority} /></Cell>
      <Cell><SignalBadge signal={t.signal} flapping={t.flapping} /></Cell>
      <Cell><SlaBadge sla={t.sla} /></Cell>
      <Cell label={l("columns.alerts")} className="text-xs text-zinc-600 dark:text-zinc-400" col="alerts">
        <span className="font-mono">{t.alertCount}</span>
        {t.lastAlert ? (
          <div className="hidden whitespace-nowrap md:block" title={l("row.lastAlert", { alert: t.lastAlert.alertname, date: when(t.lastAlert.startsAt) })}>
            {t.lastAlert.alertname} · {ago(t.lastAlert.startsAt)}
          </div>
        ) : null}
      </Cell>
      <Cell label={l("columns.acknowledgedBy")} className="text-xs" col="acknowledged">
        {t.acknowledgedAt ? <span title={when(t.acknowledgedAt)}>{t.acknowledgedBy?.name ?? "—"}</span> : <span className="text-zinc-600 dark:text-zinc-400">—</span>}
      </Cell>
      <Cell label={l("columns.assignee")} className="text-xs" col="assignee">{t.assignee?.name ?? <span className="text-zinc-600 dark:text-zinc-400">—</span>}</Cell>
      <Cell className="text-xs text-zinc-600 dark:text-zinc-400"><span title={when(t.createdAt)}>{ago(t.createdAt)}</span></Cell>
    </tr>
  );
}
