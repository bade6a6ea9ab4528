"use client";

import Link from "next/link";
import type { MouseEvent } from "react";
import type { SlaState } from "@/lib/domain/sla";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { TicketListItem } from "@/lib/server/tickets/list-tickets";
import { PriorityBadge, SignalBadge, StepBadge } from "./badges";

export const ticketListHead = ["", "#", "Incident", "Step", "Priority", "Signal", "SLA", "Alerts", "Acknowledged by", "Assignee", "Registered"];

const slaTone: Record<SlaState, string> = {
  breached: "bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-300",
  at_risk: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-300",
  ok: "text-zinc-500",
  met: "text-emerald-700 dark:text-emerald-400",
};
const slaLabel: Record<SlaState, string> = { breached: "breached", at_risk: "at risk", ok: "on time", met: "met" };

export function SlaBadge({ sla }: { sla: TicketListItem["sla"] }) {
  const title = sla.dueAt ? `${sla.clock === "assignment" ? "Assignment" : "Solution"} due ${formatDateTime(sla.dueAt)}` : undefined;
  return <span data-sla={sla.state} title={title} className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${slaTone[sla.state]}`}>{slaLabel[sla.state]}</span>;
}

/** One ticket of the list: a checkbox, the facts triage needs, the keyboard cursor. */
export function TicketRow({ ticket: t, selected, cursor, onToggle, onFocusRow, hideCheckbox = false }: {
  ticket: TicketListItem;
  selected: boolean;
  cursor: boolean;
  /** Observers select nothing: no checkbox column. */
  hideCheckbox?: boolean;
  onToggle: (id: string, event: MouseEvent<HTMLInputElement>) => void;
  onFocusRow: (id: string) => void;
}) {
  return (
    <tr
      data-ticket-row
      data-id={t.id}
      data-number={t.number}
      tabIndex={-1}
      aria-selected={selected}
      onFocus={() => onFocusRow(t.id)}
      className={`outline-none ${selected ? "bg-sky-50 dark:bg-sky-950/40" : "hover:bg-zinc-50 dark:hover:bg-zinc-800/40"} ${cursor ? "ring-2 ring-inset ring-sky-500" : ""}`}
    >
      {hideCheckbox ? null : (
        <td className="px-3 py-2">
          <input type="checkbox" aria-label={`Select #${t.number}`} checked={selected} onClick={(e) => onToggle(t.id, e)} onChange={() => undefined} />
        </td>
      )}
      <td className="px-3 py-2 font-mono text-xs text-zinc-500">{t.number}</td>
      <td className="min-w-64 px-3 py-2">
        <Link href={`/tickets/${t.id}`} data-row-link className="font-medium hover:text-sky-700 hover:underline dark:hover:text-sky-400">
          {t.title}
        </Link>
        <div className="mt-0.5 flex flex-wrap gap-2 text-xs text-zinc-500">
          <span>{t.source.toLowerCase()}</span>
          {t.category ? <span>{t.category.toLowerCase()}</span> : null}
          {t.closureReason === "DUPLICATE" || t.closureReason === "MERGED" ? <span>{t.closureReason === "MERGED" ? "merged" : "duplicate"}</span> : null}
          {t.riskCodes.map((r) => <span key={r} className="font-mono">{r}</span>)}
        </div>
      </td>
      <td className="px-3 py-2"><StepBadge step={t.step} /></td>
      <td className="px-3 py-2"><PriorityBadge priority={t.priority} /></td>
      <td className="px-3 py-2"><SignalBadge signal={t.signal} flapping={t.flapping} /></td>
      <td className="px-3 py-2"><SlaBadge sla={t.sla} /></td>
      <td className="px-3 py-2 text-xs text-zinc-600 dark:text-zinc-400" data-col="alerts">
        <span className="font-mono">{t.alertCount}</span>
        {t.lastAlert ? (
          <div className="whitespace-nowrap text-zinc-500" title={`Last alert: ${t.lastAlert.alertname}, started ${formatDateTime(t.lastAlert.startsAt)}`}>
            {t.lastAlert.alertname} · {formatRelative(t.lastAlert.startsAt)}
          </div>
        ) : null}
      </td>
      <td className="px-3 py-2 text-xs" data-col="acknowledged">
        {t.acknowledgedAt ? <span title={formatDateTime(t.acknowledgedAt)}>{t.acknowledgedBy?.name ?? "—"}</span> : <span className="text-zinc-400">—</span>}
      </td>
      <td className="px-3 py-2 text-xs" data-col="assignee">{t.assignee?.name ?? <span className="text-zinc-400">—</span>}</td>
      <td className="px-3 py-2 text-xs text-zinc-500" title={formatDateTime(t.createdAt)}>{formatRelative(t.createdAt)}</td>
    </tr>
  );
}
