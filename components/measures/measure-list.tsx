"use client";

import { useFormatter, useTranslations } from "next-intl";
import { addRexMeasureAction, updateRexMeasureAction } from "@/lib/actions/rex";
import { addMeasureAction, updateMeasureAction } from "@/lib/actions/tickets";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { compactInputClass, Field, Input, Select } from "@/components/ui/field";
import { measureSchema, measureStates, rexMeasureSchema } from "@/lib/validations/measures";

export type MeasureItem = { id: string; title: string; state: (typeof measureStates)[number]; deferReason: string | null; dueDate: Date | null; owner: { name: string } | null };

const stateTone = { OPEN: "text-amber-700 dark:text-amber-400", DONE: "text-emerald-700 dark:text-emerald-400", DEFERRED: "text-zinc-500" } as const;

// Where the measures live: a ticket's (an owner is required) or a REX's (an owner may come later).
const kinds = {
  ticket: { add: addMeasureAction, update: updateMeasureAction, schema: measureSchema, parentField: "ticketId", ownerRequired: true },
  rex: { add: addRexMeasureAction, update: updateRexMeasureAction, schema: rexMeasureSchema, parentField: "rexId", ownerRequired: false },
} as const;

/**
 * Measures (the plan's "mesures"): a ticket's in remediation, a REX's corrective ones. One list, one shape:
 * each with an owner, a due date and a state; deferring one needs a reason.
 */
export function MeasureList({ kind, parentId, title, measures, updatable, canAdd, people }: {
  kind: keyof typeof kinds;
  parentId: string;
  title: string;
  measures: MeasureItem[];
  /** The measures this person may update (permissions.ts decides, on the server). */
  updatable: readonly string[];
  canAdd: boolean;
  /** Who may own a new measure. */
  people: { id: string; name: string }[];
}) {
  const t = useTranslations("lifecycle.measures");
  const format = useFormatter();
  // Due dates are calendar days stored at UTC midnight: shown as that day wherever one reads them.
  const day = (d: Date) => format.dateTime(new Date(d), { dateStyle: "medium", timeZone: "UTC" });
  const k = kinds[kind];
  const id = `${kind}-measures`;
  if (measures.length === 0 && !canAdd) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="font-medium">{title}</h2>
      <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900" data-testid="measures">
        {measures.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <div>
              <div className="font-medium">{m.title}</div>
              <div className="text-xs text-zinc-600 dark:text-zinc-400">
                {m.owner?.name ?? t("noOwner")}{m.dueDate ? ` · ${t("due", { date: day(m.dueDate) })}` : ""} · <span className={stateTone[m.state]}>{t(`state.${m.state}`)}</span>
                {m.deferReason ? ` — ${m.deferReason}` : ""}
              </div>
            </div>
            {updatable.includes(m.id) ? (
              <ActionForm action={k.update} className="flex w-full flex-wrap items-center gap-2 sm:w-auto" showSuccess={false}>
                {({ pending }) => (
                  <>
                    <input type="hidden" name="measureId" value={m.id} />
                    <select name="state" defaultValue={m.state} aria-label={t("stateOf", { title: m.title })} className={`${compactInputClass} w-28`}>
                      {measureStates.map((s) => <option key={s} value={s}>{t(`state.${s}`)}</option>)}
                    </select>
                    <input name="deferReason" placeholder={t("reasonPlaceholder")} aria-label={t("reasonOf", { title: m.title })} defaultValue={m.deferReason ?? ""} className={`${compactInputClass} min-w-0 flex-1 sm:w-44 sm:flex-none`} />
                    <Button variant="secondary" type="submit" disabled={pending}>{t("update")}</Button>
                  </>
                )}
              </ActionForm>
            ) : null}
          </li>
        ))}
        {measures.length === 0 ? <li className="px-3 py-2 text-zinc-500">{t("none")}</li> : null}
      </ul>
      {canAdd ? (
        <ActionForm action={k.add} schema={k.schema} className="grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end" resetOnSuccess showSuccess={false}>
          {({ errors, pending }) => (
            <>
              <input type="hidden" name={k.parentField} value={parentId} />
              <Field label={t("new")} name="title" id="measure-title" errors={errors.title}><Input name="title" id="measure-title" errors={errors.title} /></Field>
              <Field label={t("owner")} name="ownerId" id="measure-owner" errors={errors.ownerId}>
                <Select name="ownerId" id="measure-owner" defaultValue="">
                  <option value="">{k.ownerRequired ? t("choose") : t("nobodyYet")}</option>
                  {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                </Select>
              </Field>
              <Field label={t("dueDate")} name="dueDate" id="measure-due" errors={errors.dueDate}><Input name="dueDate" id="measure-due" type="date" errors={errors.dueDate} /></Field>
              <Button type="submit" variant="secondary" disabled={pending}>{t("add")}</Button>
            </>
          )}
        </ActionForm>
      ) : null}
    </section>
  );
}
