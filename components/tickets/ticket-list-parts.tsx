"use client";

// The ticket list's pieces that stand apart from its state: a group's rows and a step tab.
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import type { TicketList as TicketListData, TicketListItem } from "@/lib/server/tickets/list-tickets";
import { useLiveTicketsInterval } from "@/components/ui/use-live-updates";
import { NO_VALUE } from "@/lib/domain/tickets/grouping";
import { TicketRow } from "./ticket-row";

export async function fetchTickets(query: string): Promise<TicketListData> {
  const response = await fetch(`/api/tickets?${query}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error((await response.json().catch(() => null))?.error?.message ?? `HTTP ${response.status}`);
  return response.json();
}


/** The list's filter narrowed to one group: what "select the group" acts on. */
export function groupFilter(viewQuery: string, value: string): string {
  const next = new URLSearchParams(viewQuery);
  next.set("groupValue", value);
  return next.toString();
}

/** One group: its header with the count (collapsed by default), and once opened its tickets, fetched on demand. */
export function GroupRows({ params, value, count, columns, open, canBulk, groupSelected, onOpen, onSelectGroup, rowProps, hideCheckbox }: {
  params: string;
  value: string;
  count: number;
  columns: number;
  open: boolean;
  canBulk: boolean;
  groupSelected: boolean;
  onOpen: () => void;
  onSelectGroup: (on: boolean) => void;
  rowProps: (t: TicketListItem) => Parameters<typeof TicketRow>[0];
  hideCheckbox: boolean;
}) {
  const t = useTranslations("tickets.list");
  const query = new URLSearchParams(params);
  query.set("groupValue", value);
  query.set("pageSize", "200");
  query.delete("page");
  const { data } = useQuery({ queryKey: ["tickets", query.toString()], queryFn: () => fetchTickets(query.toString()), enabled: open, refetchInterval: useLiveTicketsInterval(5_000) });
  return (
    <>
      <tr data-group={value} className="flex items-center bg-zinc-50 md:table-row dark:bg-zinc-900/60">
        <td className="px-3 py-2">
          {canBulk ? <input type="checkbox" aria-label={t("selectGroup", { group: value === NO_VALUE || !value ? t("withoutLabel") : value })} checked={groupSelected} onChange={(e) => onSelectGroup(e.target.checked)} /> : null}
        </td>
        <td colSpan={columns - 1} className="px-3 py-2">
          <button type="button" aria-expanded={open} onClick={onOpen} className="inline-flex items-center gap-2 text-sm font-medium">
            <span aria-hidden>{open ? "▾" : "▸"}</span>
            {value === NO_VALUE ? <span className="italic text-zinc-600 dark:text-zinc-400">{t("withoutLabel")}</span> : value}
            <span className="rounded bg-zinc-200 px-1.5 font-mono text-xs dark:bg-zinc-800" data-testid="group-count">{count}</span>
          </button>
        </td>
      </tr>
      {open && data ? data.items.map((t) => <TicketRow key={t.id} {...rowProps(t)} selected={groupSelected || rowProps(t).selected} hideCheckbox={hideCheckbox} />) : null}
      {open && data && data.total > data.items.length ? (
        <tr className="block md:table-row"><td colSpan={columns} className="block px-3 py-1 text-xs text-zinc-600 md:table-cell dark:text-zinc-400">{t("groupFirst", { shown: data.items.length, total: data.total })}</td></tr>
      ) : null}
    </>
  );
}

export function StepTab({ label, count, atLeast, active, onClick }: { label: string; count: number; atLeast: boolean; active: boolean; onClick: () => void }) {
  const t = useTranslations("tickets.list.tabs");
  const format = useFormatter();
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={active}
      className={`rounded-md px-2.5 py-1 text-xs font-medium ${active ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-zinc-200/60 text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800/70 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
    >
      {label} <span className={`ml-1 font-mono ${active ? "text-zinc-300 dark:text-zinc-600" : "text-zinc-600 dark:text-zinc-400"}`}>{atLeast ? t("atLeast", { count: format.number(count) }) : format.number(count)}</span>
    </button>
  );
}
