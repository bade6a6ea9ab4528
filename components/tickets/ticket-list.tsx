"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { compactInputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { categories } from "@/lib/domain/alerts/mapping";
import { steps, stepInfo } from "@/lib/domain/lifecycle/steps";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { TicketList as TicketListData } from "@/lib/server/tickets/list-tickets";
import { searchParamsToObject, ticketListQuerySchema } from "@/lib/validations/tickets";
import { PriorityBadge, SignalBadge, StepBadge } from "./badges";

async function fetchTickets(query: string): Promise<TicketListData> {
  const response = await fetch(`/api/tickets?${query}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error((await response.json().catch(() => null))?.error?.message ?? `HTTP ${response.status}`);
  return response.json();
}

/** The ticket list: URL-driven filters, refreshed every 5 s so that a ticket an alert opens appears by itself. */
export function TicketList() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const query = ticketListQuerySchema.catch(ticketListQuerySchema.parse({})).parse(searchParamsToObject(new URLSearchParams(params.toString())));
  const [text, setText] = useState(query.text);

  const { data, error, isFetching } = useQuery({
    queryKey: ["tickets", params.toString()],
    queryFn: () => fetchTickets(params.toString()),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
    if (!("page" in changes)) next.delete("page");
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  }

  useEffect(() => {
    if (text === query.text) return;
    const timer = setTimeout(() => update({ text }), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the typed text drives this
  }, [text]);

  const activeStep = query.step.length === 1 ? query.step[0] : null;
  const all = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : 0;
  const first = data ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? Math.min(data.total, data.page * data.pageSize) : 0;

  return (
    <div className="space-y-3">
      <nav aria-label="Steps" className="flex flex-wrap gap-1">
        <StepTab label="All" count={all} active={!activeStep} onClick={() => update({ step: null })} />
        {steps.map((s) => (
          <StepTab key={s} label={`${stepInfo[s].number} ${stepInfo[s].label}`} count={data?.counts[s] ?? 0} active={activeStep === s} onClick={() => update({ step: s })} />
        ))}
      </nav>

      <div className="flex flex-wrap items-center gap-2">
        <input
          type="search"
          aria-label="Search tickets"
          placeholder="Search title, description or #number"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className={`${compactInputClass} max-w-xs`}
        />
        <select aria-label="Signal" value={query.signal[0] ?? ""} onChange={(e) => update({ signal: e.target.value || null })} className={`${compactInputClass} w-40`}>
          <option value="">Any signal</option>
          <option value="FIRING">Firing</option>
          <option value="RESOLVED">Resolved</option>
          <option value="NONE">No alert</option>
        </select>
        <select aria-label="Priority" value={query.priority.length === 1 ? String(query.priority[0]) : ""} onChange={(e) => update({ priority: e.target.value || null })} className={`${compactInputClass} w-36`}>
          <option value="">Any priority</option>
          {[6, 5, 4, 3, 2, 1].map((p) => <option key={p} value={p}>P{p}</option>)}
        </select>
        <select aria-label="Category" value={query.category[0] ?? ""} onChange={(e) => update({ category: e.target.value || null })} className={`${compactInputClass} w-36`}>
          <option value="">Any category</option>
          {categories.map((c) => <option key={c} value={c}>{c.toLowerCase()}</option>)}
        </select>
        <select aria-label="Assignee" value={query.assignee ?? ""} onChange={(e) => update({ assignee: e.target.value || null })} className={`${compactInputClass} w-40`}>
          <option value="">Anyone</option>
          <option value="me">Assigned to me</option>
          <option value="none">Unassigned</option>
        </select>
        <select aria-label="Sort" value={query.sort} onChange={(e) => update({ sort: e.target.value })} className={`${compactInputClass} w-44`}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="priority">Highest priority</option>
          <option value="updated">Recently updated</option>
        </select>
        <span className="ml-auto text-xs text-zinc-500" aria-live="polite">
          {isFetching ? "Refreshing…" : data ? `${data.capped ? "at least " : ""}${data.total} ticket${data.total === 1 ? "" : "s"}` : ""}
        </span>
      </div>

      {error ? <Notice tone="error">Could not load the tickets: {error.message}. Retrying every 5 s.</Notice> : null}

      <Table head={["#", "Incident", "Step", "Priority", "Signal", "Registered"]} testId="ticket-rows" small={false} empty={data && data.items.length === 0 ? "No ticket matches these filters." : undefined}>
            {data?.items.map((t) => (
              <tr key={t.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                <td className="px-3 py-2 font-mono text-xs text-zinc-500">{t.number}</td>
                <td className="px-3 py-2">
                  <Link href={`/tickets/${t.id}`} className="font-medium hover:text-sky-700 hover:underline dark:hover:text-sky-400">
                    {t.title}
                  </Link>
                  <div className="mt-0.5 flex flex-wrap gap-2 text-xs text-zinc-500">
                    <span>{t.source.toLowerCase()}</span>
                    {t.category ? <span>{t.category.toLowerCase()}</span> : null}
                    {t.alertCount ? <span>{t.alertCount} alert{t.alertCount === 1 ? "" : "s"}</span> : null}
                    {t.assignee ? <span>→ {t.assignee.name}</span> : null}
                    {t.riskCodes.map((r) => (
                      <span key={r} className="font-mono">{r}</span>
                    ))}
                  </div>
                </td>
                <td className="px-3 py-2"><StepBadge step={t.step} /></td>
                <td className="px-3 py-2"><PriorityBadge priority={t.priority} /></td>
                <td className="px-3 py-2"><SignalBadge signal={t.signal} flapping={t.flapping} /></td>
                <td className="px-3 py-2 text-xs text-zinc-500" title={formatDateTime(t.createdAt)}>{formatRelative(t.createdAt)}</td>
              </tr>
            ))}
      </Table>

      {data && (data.total > data.pageSize || data.page > 1) ? (
        <div className="flex items-center justify-end gap-2 text-xs text-zinc-600 dark:text-zinc-400">
          <span>{first}–{last} of {data.capped ? "at least " : ""}{data.total}</span>
          <button className="rounded border border-zinc-300 px-2 py-1 disabled:opacity-40 dark:border-zinc-700" disabled={data.page <= 1} onClick={() => update({ page: String(data.page - 1) })}>Previous</button>
          <button className="rounded border border-zinc-300 px-2 py-1 disabled:opacity-40 dark:border-zinc-700" disabled={!data.capped && last >= data.total} onClick={() => update({ page: String(data.page + 1) })}>Next</button>
        </div>
      ) : null}
    </div>
  );
}

function StepTab({ label, count, active, onClick }: { label: string; count: number; active: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={active}
      className={`rounded-md px-2.5 py-1 text-xs font-medium ${active ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-zinc-200/60 text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800/70 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
    >
      {label} <span className="ml-1 font-mono opacity-70">{count}</span>
    </button>
  );
}
