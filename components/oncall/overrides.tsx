"use client";

import { useLocale, useTranslations } from "next-intl";
import { addOverrideAction, removeOverrideAction } from "@/lib/actions/oncall";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Table, cellClass } from "@/components/ui/table";
import type { OnCallView } from "@/lib/server/oncall/get-on-call";
import { overrideFormSchema } from "@/lib/validations/oncall";
import { teamTime } from "./team-time";

/** The overrides to come, and the form: technicians add one for themselves, admins for anyone. */
export function Overrides({ view, actorId }: { view: OnCallView; actorId: string }) {
  const t = useTranslations("oncall");
  const locale = useLocale();
  const choices = view.canManage ? view.people : view.people.filter((p) => p.id === actorId);
  return (
    <section aria-labelledby="overrides" className="space-y-3">
      <h2 id="overrides" className="font-medium">{t("overrides.title")}</h2>
      <Table head={[t("overrides.head.who"), t("overrides.head.from"), t("overrides.head.until"), t("overrides.head.note"), ""]} testId="overrides" empty={view.overrides.length === 0 ? t("overrides.none") : undefined}>
        {view.overrides.map((o) => (
          <tr key={o.id}>
            <td className={cellClass}>{o.name}</td>
            <td className={cellClass}>{teamTime(o.startsAt, view.timeZone, locale)}</td>
            <td className={cellClass}>{teamTime(o.endsAt, view.timeZone, locale)}</td>
            <td className={cellClass}>{o.note}</td>
            <td className={cellClass}>
              {o.canRemove ? (
                <ActionForm action={removeOverrideAction} showSuccess={false}>
                  {({ pending }) => (
                    <>
                      <input type="hidden" name="overrideId" value={o.id} />
                      <Button type="submit" variant="ghost" disabled={pending}>{t("overrides.remove")}</Button>
                    </>
                  )}
                </ActionForm>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
      {view.canAddOverride && choices.length > 0 ? (
        <ActionForm action={addOverrideAction} schema={overrideFormSchema} className="grid max-w-3xl gap-3 sm:grid-cols-5 sm:items-end" resetOnSuccess>
          {({ errors, pending }) => (
            <>
              <Field label={t("overrides.whoLabel")} name="userId" errors={errors.userId}>
                <Select name="userId" defaultValue={choices.length === 1 ? choices[0]!.id : ""}>
                  {choices.length > 1 ? <option value="">{t("overrides.choose")}</option> : null}
                  {choices.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                </Select>
              </Field>
              <Field label={t("overrides.fromLabel", { timeZone: view.timeZone })} name="startsAt" errors={errors.startsAt}>
                <Input name="startsAt" type="datetime-local" errors={errors.startsAt} />
              </Field>
              <Field label={t("overrides.untilLabel")} name="endsAt" errors={errors.endsAt}>
                <Input name="endsAt" type="datetime-local" errors={errors.endsAt} />
              </Field>
              <Field label={t("overrides.noteLabel")} name="note" errors={errors.note}>
                <Input name="note" placeholder={t("overrides.notePlaceholder")} errors={errors.note} />
              </Field>
              <Button type="submit" disabled={pending}>{t("overrides.add")}</Button>
            </>
          )}
        </ActionForm>
      ) : null}
    </section>
  );
}
