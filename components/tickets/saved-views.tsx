"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { compactInputClass } from "@/components/ui/field";
import { deleteViewAction, saveViewAction } from "@/lib/actions/views";
import type { SavedViewItem } from "@/lib/server/views/list-saved-views";

/** Views every list has, then this person's own (a name and the list's URL query). */
export const builtInViews = [
  { name: "open", query: "scope=open" },
  { name: "mine", query: "assignee=me_or_none" },
  { name: "notAcknowledged", query: "ack=no" },
  { name: "byAlert", query: "group=alertname" },
  { name: "all", query: "scope=all" },
] as const;

export function SavedViews({ views, current, onChanged }: { views: SavedViewItem[]; current: string; onChanged: () => void }) {
  const t = useTranslations("tickets.views");
  const [naming, setNaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const chip = (active: boolean) =>
    `rounded-full px-2.5 py-0.5 text-xs ${active ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-zinc-200/60 text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800/70 dark:text-zinc-300"}`;

  function run(action: typeof saveViewAction, form: FormData) {
    setError(null);
    startTransition(async () => {
      const answer = await action(null, form);
      if (!answer.ok) setError(answer.fieldErrors?.name?.join(" ") ?? answer.error);
      else {
        setNaming(false);
        onChanged();
      }
    });
  }

  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-1.5" data-testid="views">
      {builtInViews.map((v) => (
        <Link key={v.name} href={`/tickets?${v.query}`} className={chip(current === v.query)}>{t(`builtIn.${v.name}`)}</Link>
      ))}
      {views.map((v) => (
        <span key={v.id} className={`${chip(current === v.query)} inline-flex items-center gap-1`}>
          <Link href={`/tickets?${v.query || "scope=open"}`}>{v.name}</Link>
          <button
            type="button"
            aria-label={t("delete", { name: v.name })}
            className="opacity-60 hover:opacity-100"
            disabled={pending}
            onClick={() => {
              const form = new FormData();
              form.set("viewId", v.id);
              run(deleteViewAction, form);
            }}
          >
            ×
          </button>
        </span>
      ))}
      {naming ? (
        <form
          className="inline-flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            form.set("query", current);
            run(saveViewAction, form);
          }}
        >
          <input name="name" aria-label={t("name")} autoFocus placeholder={t("namePlaceholder")} maxLength={60} className={`${compactInputClass} w-40 py-0.5 text-xs`} />
          <button type="submit" disabled={pending} className="text-xs text-sky-700 underline dark:text-sky-400">{t("save")}</button>
          <button type="button" onClick={() => setNaming(false)} className="text-xs text-zinc-600 dark:text-zinc-400">{t("cancel")}</button>
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)} className="text-xs text-sky-700 underline dark:text-sky-400">{t("saveThis")}</button>
      )}
      {error ? <span className="text-xs text-rose-600 dark:text-rose-400" role="alert">{error}</span> : null}
    </nav>
  );
}
