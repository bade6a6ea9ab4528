"use client";

import { useTranslations } from "next-intl";
import { updateRotationAction } from "@/lib/actions/oncall";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { OnCallView } from "@/lib/server/oncall/get-on-call";
import { rotationFormSchema } from "@/lib/validations/oncall";

/** Admins set the turn order (one select per turn; two empty ones to add people) and the hand-over. */
export function RotationForm({ view }: { view: OnCallView }) {
  const t = useTranslations("oncall");
  const slots = [...(view.rotation?.memberIds ?? []), "", ""];
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: view.timeZone }).format(view.now);
  return (
    <section aria-labelledby="rotation" className="space-y-3">
      <h2 id="rotation" className="font-medium">{t("rotation.title")}</h2>
      <ActionForm action={updateRotationAction} schema={rotationFormSchema} className="max-w-3xl space-y-3">
        {({ errors, pending }) => (
          <>
            <div className="grid gap-2 sm:grid-cols-4">
              {slots.map((id, i) => (
                <Field key={i} label={t("rotation.turn", { n: i + 1 })} name={`member.${i}`}>
                  <Select name={`member.${i}`} defaultValue={id}>
                    <option value="">—</option>
                    {view.people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                  </Select>
                </Field>
              ))}
            </div>
            {errors.form ? <p className="text-xs text-rose-600">{errors.form.join(" ")}</p> : null}
            <div className="grid gap-3 sm:grid-cols-3">
              <Field label={t("rotation.handOver")} name="handOver" errors={errors.handOver}>
                <Select name="handOver" defaultValue={view.rotation?.handOver ?? "weekly"}>
                  <option value="weekly">{t("rotation.weekly")}</option>
                  <option value="daily">{t("rotation.daily")}</option>
                </Select>
              </Field>
              <Field label={t("rotation.at", { timeZone: view.timeZone })} name="handOverTime" errors={errors.handOverTime}>
                <Input name="handOverTime" type="time" defaultValue={view.rotation?.handOverTime ?? "09:00"} errors={errors.handOverTime} />
              </Field>
              <Field label={t("rotation.startsOn")} name="startDate" errors={errors.startDate} hint={t("rotation.startsOnHint")}>
                <Input name="startDate" type="date" defaultValue={view.rotation?.startDate ?? today} errors={errors.startDate} />
              </Field>
            </div>
            <Button type="submit" disabled={pending}>{t("rotation.save")}</Button>
          </>
        )}
      </ActionForm>
    </section>
  );
}
