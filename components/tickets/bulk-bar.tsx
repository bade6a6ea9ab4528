"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { compactInputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { bulkAction } from "@/lib/actions/tickets";
import type { Role } from "@/lib/auth/roles";
import { categories } from "@/lib/domain/alerts/mapping";
import { RISK_CHOICE_CHARS, shorten } from "@/lib/format";
import { levels } from "@/lib/domain/priority";
import type { BulkResult } from "@/lib/server/tickets/bulk-act";
import type { BulkActionName } from "@/lib/validations/bulk";

export type Selection = { kind: "ids"; ids: string[] } | { kind: "filter"; filter: string; count: number };

type Props = {
  selection: Selection;
  /** Numbers of the selected tickets shown on the page (a merge's default target). */
  numbers: number[];
  me: { id: string; role: Role };
  people: { id: string; name: string; role: Role }[];
  risks: { code: string; description: string }[];
  /** The answer, shown by the list once the selection is cleared. */
  onDone: (result: BulkResult) => void;
  /** A new action: the previous answer goes. */
  onStart: () => void;
  onClear: () => void;
};

const needsInput: BulkActionName[] = ["classify", "assign", "linkRisk", "merge", "closeAsDuplicate"];

/** The bulk bar: one action for the whole selection, in one request; the answer says what each ticket's rules refused. */
export function BulkBar({ selection, numbers, me, people, risks, onDone, onStart, onClear }: Props) {
  const t = useTranslations("tickets.bulk");
  const person = useTranslations("tickets");
  const level = useTranslations("admin.levels");
  const category = useTranslations("lifecycle.categories");
  const [open, setOpen] = useState<BulkActionName | null>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const isAdmin = me.role === "ADMIN";
  const count = selection.kind === "ids" ? selection.ids.length : selection.count;
  // Technicians: acknowledge, take for themselves (assign), link a risk; the rest is the admins'.
  const offered: BulkActionName[] = isAdmin ? ["acknowledge", "classify", "assign", "linkRisk", "merge", "closeAsDuplicate"] : ["acknowledge", "assign", "linkRisk"];
  const assignable = isAdmin ? people.filter((p) => p.role !== "OBSERVER") : people.filter((p) => p.id === me.id);

  function send(action: BulkActionName, input: Record<string, unknown>) {
    setError(null);
    onStart();
    const payload = { ...(selection.kind === "ids" ? { ticketIds: selection.ids } : { filter: selection.filter }), action, input };
    const form = new FormData();
    form.set("payload", JSON.stringify(payload));
    startTransition(async () => {
      const answer = await bulkAction(null, form);
      if (!answer.ok) {
        setError(answer.error + (answer.fieldErrors ? ` ${Object.values(answer.fieldErrors).flat().join(" ")}` : ""));
        return;
      }
      setOpen(null);
      onDone(answer.data!);
    });
  }

  function submit(event: FormEvent<HTMLFormElement>, action: BulkActionName) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    if (action === "classify") send(action, { impact: Number(data.impact), urgency: Number(data.urgency), category: data.category });
    else send(action, data);
  }

  return (
    <div className="sticky top-0 z-10 space-y-2 rounded-lg border border-sky-200 bg-sky-50 p-2 text-sm shadow-sm dark:border-sky-900 dark:bg-sky-950" data-testid="bulk-bar">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium" data-testid="selected-count">{t("selected", { count })}</span>
        {offered.map((action) => (
          <Button
            key={action}
            type="button"
            variant={open === action ? "primary" : "secondary"}
            disabled={pending}
            onClick={() => (needsInput.includes(action) ? setOpen(open === action ? null : action) : send(action, {}))}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
        <Button type="button" variant="ghost" onClick={onClear}>{t("clear")}</Button>
        {pending ? <span className="text-xs text-zinc-600 dark:text-zinc-400">{t("working")}</span> : null}
      </div>

      {open === "classify" ? (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => submit(e, "classify")}>
          <label className="text-xs">{t("impact")} <select name="impact" defaultValue={3} className={compactInputClass}>{levels.map((l) => <option key={l} value={l}>{level(`${l}`)}</option>)}</select></label>
          <label className="text-xs">{t("urgency")} <select name="urgency" defaultValue={3} className={compactInputClass}>{levels.map((l) => <option key={l} value={l}>{level(`${l}`)}</option>)}</select></label>
          <label className="text-xs">{t("category")} <select name="category" defaultValue="OTHER" className={compactInputClass}>{categories.map((c) => <option key={c} value={c}>{category(c)}</option>)}</select></label>
          <Button type="submit" disabled={pending}>{t("classifyCount", { count })}</Button>
        </form>
      ) : null}
      {open === "assign" ? (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => submit(e, "assign")}>
          <label className="text-xs">{t("treatedBy")}{" "}
            <select name="assigneeId" aria-label={t("treatedBy")} defaultValue={isAdmin ? "" : me.id} className={compactInputClass}>
              {isAdmin ? <option value="">{t("choose")}</option> : null}
              {assignable.map((p) => <option key={p.id} value={p.id}>{person("actions.person", { name: p.name, role: person(`roles.${p.role}`) })}</option>)}
            </select>
          </label>
          <Button type="submit" disabled={pending}>{t("assignCount", { count })}</Button>
        </form>
      ) : null}
      {open === "linkRisk" ? (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => submit(e, "linkRisk")}>
          <label className="text-xs">{t("risk")}{" "}
            <select name="code" aria-label={t("risk")} defaultValue="" required className={compactInputClass}>
              <option value="" disabled>{t("choose")}</option>
              {risks.map((r) => <option key={r.code} value={r.code} title={r.description}>{r.code} · {shorten(r.description, RISK_CHOICE_CHARS)}</option>)}
            </select>
          </label>
          <Button type="submit" disabled={pending}>{t("linkCount", { count })}</Button>
        </form>
      ) : null}
      {open === "merge" ? (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => submit(e, "merge")}>
          <label className="text-xs">{t("mergeInto")}{" "}
            <input name="target" aria-label={t("mergeInto")} defaultValue={numbers.length ? `#${Math.min(...numbers)}` : ""} placeholder="#12" className={`${compactInputClass} w-24`} />
          </label>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{t("mergeHint")}</span>
          <Button type="submit" disabled={pending}>{t("merge")}</Button>
        </form>
      ) : null}
      {open === "closeAsDuplicate" ? (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => submit(e, "closeAsDuplicate")}>
          <label className="text-xs">{t("duplicatesOf")}{" "}
            <input name="duplicateOf" aria-label={t("duplicatesOf")} placeholder="#12" className={`${compactInputClass} w-24`} />
          </label>
          <Button type="submit" variant="danger" disabled={pending}>{t("closeCount", { count })}</Button>
        </form>
      ) : null}

      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}

export function BulkResultNotice({ result }: { result: BulkResult }) {
  const t = useTranslations("tickets.bulk");
  const values = { action: t(`actions.${result.action}`), done: result.done.length, refused: result.refused.length, ms: result.durationMs, b: (chunks: ReactNode) => <span className="font-medium">{chunks}</span> };
  return (
    <div data-testid="bulk-result" className="space-y-1 text-xs">
      <p>{result.target ? t.rich("result.into", { ...values, number: result.target.number }) : t.rich("result.plain", values)}</p>
      {result.refused.length ? (
        <ul className="list-inside list-disc text-rose-700 dark:text-rose-400" data-testid="bulk-refused">
          {result.refused.slice(0, 50).map((r) => <li key={r.ticketId}>{t("refusedLine", { number: r.number ?? "?", reason: r.reason })}</li>)}
          {result.refused.length > 50 ? <li>{t("andMore", { count: result.refused.length - 50 })}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
