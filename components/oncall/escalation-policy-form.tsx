"use client";

import { useTranslations } from "next-intl";
import { updateEscalationPolicyAction, updateOnCallSettingsAction } from "@/lib/actions/oncall";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, compactInputClass } from "@/components/ui/field";
import { Table, cellClass } from "@/components/ui/table";
import type { Priority } from "@/lib/domain/priority";
import type { OnCallView } from "@/lib/server/oncall/get-on-call";
import { escalationPolicyFormSchema, onCallSettingsFormSchema } from "@/lib/validations/oncall";

const priorities: Priority[] = [6, 5, 4, 3, 2, 1];

/** Per priority: whether it escalates, minutes between levels, the pause before the next round, how many rounds. */
export function EscalationPolicyForm({ view }: { view: OnCallView }) {
  const t = useTranslations("oncall");
  const admin = useTranslations("admin");
  return (
    <section aria-labelledby="escalation" className="space-y-3">
      <h2 id="escalation" className="font-medium">{t("escalation.title")}</h2>
      <p className="text-xs text-zinc-500">
        {t("escalation.intro")}
      </p>
      <ActionForm action={updateEscalationPolicyAction} schema={escalationPolicyFormSchema} className="space-y-3">
        {({ errors, pending }) => (
          <>
            <Table head={(["priority", "escalates", "level", "repeat", "rounds"] as const).map((h) => t(`escalation.head.${h}`))} testId="escalation-policy">
              {priorities.map((p) => {
                const rule = view.escalationPolicy[p];
                const error = [errors[`${p}.levelMinutes`], errors[`${p}.repeatMinutes`], errors[`${p}.rounds`]].flat().filter(Boolean).join(" ");
                return (
                  <tr key={p}>
                    <td className={cellClass}>{admin("priority", { label: admin(`priorities.${p}`), priority: p })}{error ? <span className="block text-rose-600">{error}</span> : null}</td>
                    <td className={cellClass}><input type="checkbox" name={`esc.${p}.enabled`} aria-label={t("escalation.escalates", { priority: p })} defaultChecked={rule.enabled} /></td>
                    <td className={cellClass}><input name={`esc.${p}.level`} aria-label={t("escalation.levelOf", { priority: p })} type="number" min={0.5} step="any" defaultValue={rule.levelMinutes} className={`${compactInputClass} w-24`} /></td>
                    <td className={cellClass}><input name={`esc.${p}.repeat`} aria-label={t("escalation.repeatOf", { priority: p })} type="number" min={0} step="any" defaultValue={rule.repeatMinutes} className={`${compactInputClass} w-24`} /></td>
                    <td className={cellClass}><input name={`esc.${p}.rounds`} aria-label={t("escalation.roundsOf", { priority: p })} type="number" min={1} max={10} defaultValue={rule.rounds} className={`${compactInputClass} w-20`} /></td>
                  </tr>
                );
              })}
            </Table>
            <Button type="submit" disabled={pending}>{t("escalation.save")}</Button>
          </>
        )}
      </ActionForm>
      <ActionForm action={updateOnCallSettingsAction} schema={onCallSettingsFormSchema} className="grid max-w-xl gap-3 sm:grid-cols-3 sm:items-end">
        {({ errors, pending }) => (
          <>
            <Field label={t("escalation.timeZone")} name="timeZone" errors={errors.timeZone}>
              <Input name="timeZone" defaultValue={view.timeZone} errors={errors.timeZone} />
            </Field>
            <Field label={t("escalation.digestWindow")} name="digestWindowMinutes" errors={errors.digestWindowMinutes}>
              <Input name="digestWindowMinutes" type="number" min={0.5} step="any" defaultValue={view.digestWindowMinutes} errors={errors.digestWindowMinutes} />
            </Field>
            <Button type="submit" disabled={pending}>{t("escalation.saveSettings")}</Button>
          </>
        )}
      </ActionForm>
    </section>
  );
}
