"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { Notice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { useLiveTicketsInterval } from "@/components/ui/use-live-updates";
import type { Role } from "@/lib/auth/roles";
import { steps, stepInfo } from "@/lib/domain/lifecycle/steps";
import type { TicketList as TicketListData, TicketListItem } from "@/lib/server/tickets/list-tickets";
import type { SavedViewItem } from "@/lib/server/views/list-saved-views";
import { BULK_MAX } from "@/lib/validations/bulk";
import { searchParamsToObject, ticketListQuerySchema, viewQueryString } from "@/lib/validations/tickets";
import type { BulkResult } from "@/lib/server/tickets/bulk-act";
import { BulkBar, BulkResultNotice, type Selection } from "./bulk-bar";
import { EmptyList } from "./empty-list";
import { ListFilters } from "./list-filters";
import { SavedViews } from "./saved-views";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { fetchTickets, GroupRows, groupFilter, StepTab } from "./ticket-list-parts";
import { TicketRow, ticketListColumns } from "./ticket-row";
import { useTriageKeys } from "./use-triage-keys";

type Props = {
  me: { id: string; role: Role };
  people: { id: string; name: string; role: Role }[];
  risks: { code: string; description: string }[];
  views: SavedViewItem[];
  /** Admins and technicians select and act on many tickets; observers only watch. */
  canBulk: boolean;
};

/**
 * The ticket list for triage: URL-driven filters and views, grouping, selection and bulk actions, keyboard
 * (j/k/Enter/x, / and ?), refreshed by the live stream (every 5 s while it is down) so that a ticket an alert opens appears by itself.
 */
export function TicketList({ me, people, risks, views, canBulk }: Props) {
  const t = useTranslations("tickets.list");
  const stepName = useTranslations("lifecycle.steps");
  const ticketListHead = ["", ...ticketListColumns.map((c) => t(`columns.${c}`))];
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const queryClient = useQueryClient();
  const query = ticketListQuerySchema.catch(ticketListQuerySchema.parse({})).parse(searchParamsToObject(new URLSearchParams(params.toString())));
  const viewQuery = viewQueryString(new URLSearchParams(params.toString()));
  const [text, setText] = useState(query.text);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState<Selection | null>(null);
  const [cursorId, setCursorId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [help, setHelp] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  const lastClicked = useRef<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const { data, error, isFetching } = useQuery({
    queryKey: ["tickets", params.toString()],
    queryFn: () => fetchTickets(params.toString()),
    refetchInterval: useLiveTicketsInterval(5_000),
    placeholderData: keepPreviousData,
  });

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
    if (!("page" in changes)) next.delete("page");
    // An empty query is the landing view (a technician's is "mine and unassigned"): say "open" instead.
    router.replace(`${pathname}?${next.toString() || "scope=open"}`, { scroll: false });
    setSelected(new Set());
    setAllMatching(null);
  }

  useEffect(() => {
    if (text === query.text) return;
    const timer = setTimeout(() => update({ text }), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the typed text drives this
  }, [text]);

  /** The rows on screen, in order, groups included: what j/k, x and shift-click walk. */
  const rowIds = () => Array.from(tableRef.current?.querySelectorAll<HTMLElement>("[data-ticket-row]") ?? []).map((el) => el.dataset.id!);
  const rowEl = (id: string) => tableRef.current?.querySelector<HTMLElement>(`[data-ticket-row][data-id="${id}"]`) ?? null;

  function toggle(id: string, range = false) {
    setAllMatching(null);
    // The range is read now: the state updater below may run after lastClicked has moved on.
    const ids = rowIds();
    const from = lastClicked.current ? ids.indexOf(lastClicked.current) : -1;
    const to = ids.indexOf(id);
    const span = range && from >= 0 && to >= 0 ? ids.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
    setSelected((current) => {
      const next = new Set(current);
      const on = !current.has(id);
      for (const each of span) {
        if (on) next.add(each);
        else next.delete(each);
      }
      return next;
    });
    lastClicked.current = id;
  }

  function move(delta: 1 | -1) {
    const ids = rowIds();
    if (ids.length === 0) return;
    const at = cursorId ? ids.indexOf(cursorId) : -1;
    const next = ids[Math.max(0, Math.min(ids.length - 1, at < 0 ? (delta > 0 ? 0 : ids.length - 1) : at + delta))]!;
    setCursorId(next);
    const el = rowEl(next);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: "nearest" });
  }

  useTriageKeys({
    move,
    open: () => {
      const number = cursorId ? rowEl(cursorId)?.dataset.number : undefined;
      if (number) router.push(`/tickets/${number}`);
    },
    toggle: () => {
      if (cursorId && canBulk) toggle(cursorId);
    },
    search: () => searchRef.current?.focus(),
    help: () => setHelp((h) => !h),
    escape: (event) => {
      if (help) setHelp(false);
      else if (document.activeElement === searchRef.current) {
        event.preventDefault(); // a search field's Escape would clear it: here it only leaves the field
        searchRef.current?.blur();
      }
      else {
        setSelected(new Set());
        setAllMatching(null);
      }
    },
  });

  const items = data?.items ?? [];
  const pageIds = items.map((t) => t.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const selection: Selection | null = allMatching ?? (selected.size ? { kind: "ids", ids: [...selected] } : null);
  const knownNumbers = new Map<string, number>();
  for (const t of queryClient.getQueriesData<TicketListData>({ queryKey: ["tickets"] }).flatMap(([, d]) => d?.items ?? [])) knownNumbers.set(t.id, t.number);

  const activeStep = query.step.length === 1 ? query.step[0] : null;
  const openCount = data ? steps.filter((s) => s !== "CLOSURE").reduce((a, s) => a + data.counts[s], 0) : 0;
  const all = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : 0;
  // A filtered count stops at a bound (lib/server/tickets/count-by-step.ts): such a tab reads "2,000+".
  const capped = new Set(data?.cappedSteps ?? []);
  const first = data ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? Math.min(data.total, data.page * data.pageSize) : 0;
  const rowProps = (t: TicketListItem) => ({
    ticket: t,
    selected: (allMatching !== null && !query.group) || selected.has(t.id),
    cursor: cursorId === t.id,
    onToggle: (id: string, e: MouseEvent<HTMLInputElement>) => toggle(id, e.shiftKey),
    onFocusRow: setCursorId,
  });
  const head = canBulk && query.group
    ? ["", ...ticketListHead.slice(1)]
    : canBulk
    ? [
        <input
          key="all"
          type="checkbox"
          aria-label={t("selectPage")}
          checked={allOnPage}
          onChange={() => {
            setAllMatching(null);
            setSelected(allOnPage ? new Set() : new Set([...selected, ...pageIds]));
          }}
        />,
        ...ticketListHead.slice(1),
      ]
    : ticketListHead.slice(1);

  return (
    <div className="space-y-3">
      <SavedViews views={views} current={viewQuery} onChanged={() => router.refresh()} />

      <nav aria-label={t("tabs.label")} className="flex flex-wrap gap-1">
        <StepTab label={t("tabs.open")} count={openCount} atLeast={steps.some((s) => s !== "CLOSURE" && capped.has(s))} active={!activeStep && query.scope === "open"} onClick={() => update({ step: null, scope: null })} />
        {steps.map((s) => (
          <StepTab key={s} label={`${stepInfo[s].number} ${stepName(`${s}.label`)}`} count={data?.counts[s] ?? 0} atLeast={capped.has(s)} active={activeStep === s} onClick={() => update({ step: s })} />
        ))}
        <StepTab label={t("tabs.all")} count={all} atLeast={capped.size > 0} active={!activeStep && query.scope === "all"} onClick={() => update({ step: null, scope: "all" })} />
      </nav>

      <ListFilters
        query={query}
        text={text}
        onText={setText}
        searchRef={searchRef}
        update={update}
        onRegroup={() => setExpanded(new Set())}
        onHelp={() => setHelp(true)}
        status={isFetching ? t("refreshing") : data ? t(data.capped ? "count.atLeast" : "count.exact", { count: data.total }) : ""}
      />

      {canBulk && selection ? (
        <BulkBar
          selection={selection}
          numbers={selection.kind === "ids" ? selection.ids.flatMap((id) => knownNumbers.get(id) ?? []) : []}
          me={me}
          people={people}
          risks={risks}
          onClear={() => {
            setSelected(new Set());
            setAllMatching(null);
          }}
          onStart={() => setResult(null)}
          onDone={(answer) => {
            setResult(answer);
            setSelected(new Set());
            setAllMatching(null);
            void queryClient.invalidateQueries({ queryKey: ["tickets"] });
          }}
        />
      ) : null}
      {result ? (
        <div className="flex items-start gap-2 rounded-lg border border-zinc-200 bg-white p-2 dark:border-zinc-800 dark:bg-zinc-900">
          <BulkResultNotice result={result} />
          <button type="button" aria-label={t("dismiss")} className="ml-auto text-xs text-zinc-500" onClick={() => setResult(null)}>×</button>
        </div>
      ) : null}
      {canBulk && allOnPage && !allMatching && data && data.total > pageIds.length && !query.group ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="select-all-matching">
          {t("pageSelected", { count: pageIds.length })}{" "}
          {data.total <= BULK_MAX && !data.capped ? (
            <button type="button" className="text-sky-700 underline dark:text-sky-400" onClick={() => setAllMatching({ kind: "filter", filter: viewQuery, count: data.total })}>
              {t("selectAllMatching", { count: data.total })}
            </button>
          ) : (
            <span>{t("tooManyMatching", { max: BULK_MAX })}</span>
          )}
        </p>
      ) : null}

      {error ? <Notice tone="error">{t("loadError", { error: error.message })}</Notice> : null}

      <div ref={tableRef}>
        <Table
          head={head}
          testId="ticket-rows"
          small={false}
          cards
          empty={data && (query.group ? data.groups?.length === 0 : items.length === 0) ? <EmptyList filtered={all > 0 || !["", "scope=open", "scope=all"].includes(viewQuery)} canConnect={me.role === "ADMIN"} /> : undefined}
        >
          {query.group && data?.groups
            ? data.groups.map((g) => (
                <GroupRows
                  key={g.value}
                  params={params.toString()}
                  value={g.value}
                  count={g.count}
                  columns={head.length}
                  open={expanded.has(g.value)}
                  canBulk={canBulk}
                  groupSelected={allMatching?.kind === "filter" && allMatching.filter === groupFilter(viewQuery, g.value)}
                  onOpen={() => setExpanded((e) => { const next = new Set(e); if (next.has(g.value)) next.delete(g.value); else next.add(g.value); return next; })}
                  onSelectGroup={(on) => {
                    setSelected(new Set());
                    setAllMatching(on ? { kind: "filter", filter: groupFilter(viewQuery, g.value), count: g.count } : null);
                  }}
                  rowProps={rowProps}
                  hideCheckbox={!canBulk}
                />
              ))
            : items.map((t) => <TicketRow key={t.id} {...rowProps(t)} hideCheckbox={!canBulk} />)}
        </Table>
      </div>
      {query.group && data?.groupCapped ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("groupsCapped", { count: data.total })}</p> : null}

      {data && !query.group && (data.total > data.pageSize || data.page > 1) ? (
        <div className="flex items-center justify-end gap-2 text-xs text-zinc-600 dark:text-zinc-400">
          <span>{t(data.capped ? "range.atLeast" : "range.exact", { first, last, total: data.total })}</span>
          <button className="rounded border border-zinc-300 px-2 py-1 disabled:opacity-40 dark:border-zinc-700" disabled={data.page <= 1} onClick={() => update({ page: String(data.page - 1) })}>{t("previous")}</button>
          <button className="rounded border border-zinc-300 px-2 py-1 disabled:opacity-40 dark:border-zinc-700" disabled={!data.capped && last >= data.total} onClick={() => update({ page: String(data.page + 1) })}>{t("next")}</button>
        </div>
      ) : null}
      <p className="hidden text-xs text-zinc-600 md:block dark:text-zinc-400">{t("keysHint")}</p>
      {help ? <ShortcutsDialog onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
