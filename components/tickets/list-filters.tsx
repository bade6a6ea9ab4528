"use client";

import { useTranslations } from "next-intl";
import { useState, type RefObject } from "react";
import { compactInputClass } from "@/components/ui/field";
import { categories } from "@/lib/domain/alerts/mapping";
import { labelNamePattern } from "@/lib/domain/tickets/grouping";
import type { TicketListQuery } from "@/lib/validations/tickets";
import { usePriorityLabel } from "./badges";

const groupChoices = ["alertname", "severity", "instance", "job", "category"];
// A select: two to a row on a phone, with the room for text its arrow leaves (a native arrow is drawn inside the
// content box: a narrow right padding); as wide as its longest choice from sm up (test/e2e/phone-filters.spec.ts).
const choice = `${compactInputClass} w-[calc(50%-0.25rem)] pl-2 pr-1 sm:w-auto sm:px-2.5`;

type Props = {
  query: TicketListQuery;
  /** The search field's text, ahead of the URL while a person types. */
  text: string;
  onText: (text: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Sets these query parameters (null removes one). */
  update: (changes: Record<string, string | null>) => void;
  /** Another grouping: the groups open before mean nothing in it. */
  onRegroup: () => void;
  onHelp: () => void;
  /** What the list is doing, read out politely: refreshing, or how many tickets match. */
  status: string;
};

/** The ticket list's search, filters, grouping and sort: each change is a query parameter (the URL is the view). */
export function ListFilters({ query, text, onText, searchRef, update, onRegroup, onHelp, status }: Props) {
  const t = useTranslations("tickets.list");
  const category = useTranslations("lifecycle.categories");
  const signal = useTranslations("tickets.signal");
  const priorityLabel = usePriorityLabel();
  const [otherLabel, setOtherLabel] = useState(query.group && !groupChoices.includes(query.group) ? query.group : "");

  return (
    <div className="flex flex-wrap items-center gap-2">
      <input
        ref={searchRef}
        type="search"
        aria-label={t("search")}
        placeholder={t("searchPlaceholder")}
        value={text}
        onChange={(e) => onText(e.target.value)}
        className={`${compactInputClass} max-w-xs`}
      />
      <select aria-label={t("filters.signal")} value={query.signal[0] ?? ""} onChange={(e) => update({ signal: e.target.value || null })} className={choice}>
        <option value="">{t("filters.anySignal")}</option>
        <option value="FIRING">{signal("FIRING")}</option>
        <option value="RESOLVED">{signal("RESOLVED")}</option>
        <option value="NONE">{signal("NONE")}</option>
      </select>
      <select aria-label={t("filters.priority")} value={query.priority.length === 1 ? String(query.priority[0]) : ""} onChange={(e) => update({ priority: e.target.value || null })} className={choice}>
        <option value="">{t("filters.anyPriority")}</option>
        {[6, 5, 4, 3, 2, 1].map((p) => <option key={p} value={p}>{priorityLabel(p)}</option>)}
      </select>
      <select aria-label={t("filters.category")} value={query.category[0] ?? ""} onChange={(e) => update({ category: e.target.value || null })} className={choice}>
        <option value="">{t("filters.anyCategory")}</option>
        {categories.map((c) => <option key={c} value={c}>{category(c)}</option>)}
      </select>
      <select aria-label={t("filters.assignee")} value={query.assignee ?? "any"} onChange={(e) => update({ assignee: e.target.value })} className={choice}>
        <option value="any">{t("filters.anyone")}</option>
        <option value="me_or_none">{t("filters.mineAndUnassigned")}</option>
        <option value="me">{t("filters.mine")}</option>
        <option value="none">{t("filters.unassigned")}</option>
      </select>
      <select aria-label={t("filters.acknowledged")} value={query.ack ?? ""} onChange={(e) => update({ ack: e.target.value || null })} className={choice}>
        <option value="">{t("filters.ackAny")}</option>
        <option value="no">{t("filters.ackNo")}</option>
        <option value="yes">{t("filters.ackYes")}</option>
      </select>
      <select
        aria-label={t("filters.groupBy")}
        value={query.group ? (groupChoices.includes(query.group) ? query.group : "other") : ""}
        onChange={(e) => {
          onRegroup();
          if (e.target.value === "other") setOtherLabel(otherLabel || "");
          update({ group: e.target.value === "other" ? (labelNamePattern.test(otherLabel) ? otherLabel : null) : e.target.value || null });
        }}
        className={choice}
      >
        <option value="">{t("filters.noGrouping")}</option>
        {groupChoices.map((g) => <option key={g} value={g}>{g === "alertname" ? t("filters.byAlertname") : g === "category" ? t("filters.byCategory") : t("filters.byLabel", { label: g })}</option>)}
        <option value="other">{t("filters.byOther")}</option>
      </select>
      {query.group && !groupChoices.includes(query.group) ? (
        <input
          aria-label={t("filters.otherLabel")}
          value={otherLabel}
          onChange={(e) => setOtherLabel(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && labelNamePattern.test(otherLabel)) update({ group: otherLabel });
          }}
          placeholder={t("filters.otherLabelPlaceholder")}
          className={`${compactInputClass} w-32`}
        />
      ) : null}
      <select aria-label={t("filters.sort")} value={query.sort} onChange={(e) => update({ sort: e.target.value })} className={choice}>
        <option value="newest">{t("sort.newest")}</option>
        <option value="oldest">{t("sort.oldest")}</option>
        <option value="priority">{t("sort.priority")}</option>
        <option value="updated">{t("sort.updated")}</option>
      </select>
      <button type="button" onClick={onHelp} className="text-xs text-zinc-600 underline dark:text-zinc-400" aria-label={t("shortcuts")}>?</button>
      <span className="ml-auto text-xs text-zinc-500" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
