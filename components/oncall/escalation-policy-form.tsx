"use client";

import { updateEscalationPolicyAction, updateOnCallSettingsAction } from "@/lib/actions/oncall";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, compactInputClass } from "@/components/ui/field";
import { Table, cellClass } from "@/components/ui/table";
import { priorityLabels, type Priority } from "@/lib/domain/priority";
import type { OnCallView } from "@/lib/server/oncall/get-on-call";
import { escalationPolicyFormSchema, onCallSettingsFormSchema } from "@/lib/validations/oncall";

const priorities: Priority[] = [6, 5, 4, 3, 2, 1];

/** Per priority: whether it escalates, minutes between levels, the pause before the next round, how many rounds. */
export function EscalationPolicyForm({ view }: { view: OnCallView }) {
  return (
    <section aria-labelledby="escalation" className="space-y-3">
      <h2 id="escalation" className="font-medium">Escalation</h2>
      <p className="text-xs text-zinc-500">
        While nobody acknowledges an open ticket: the person on call is notified when it opens, the next person on call after the minutes between levels, then all admins; after the pause, the next round starts again with the person on call. Acknowledging or closing stops it. Minutes take decimals (0.5 = 30 s).
      </p>
      <ActionForm action={updateEscalationPolicyAction} schema={escalationPolicyFormSchema} className="space-y-3">
        {({ errors, pending }) => (
          <>
            <Table head={["Priority", "Escalates", "Minutes between levels", "Pause before the next round (0: one round)", "Rounds"]} testId="escalation-policy">
              {priorities.map((p) => {
                const rule = view.escalationPolicy[p];
                const error = [errors[`${p}.levelMinutes`], errors[`${p}.repeatMinutes`], errors[`${p}.rounds`]].flat().filter(Boolean).join(" ");
                return (
                  <tr key={p}>
                    <td className={cellClass}>P{p} {priorityLabels[p]}{error ? <span className="block text-rose-600">{error}</span> : null}</td>
                    <td className={cellClass}><input type="checkbox" name={`esc.${p}.enabled`} aria-label={`P${p} escalates`} defaultChecked={rule.enabled} /></td>
                    <td className={cellClass}><input name={`esc.${p}.level`} aria-label={`P${p} minutes between levels`} type="number" min={0.5} step="any" defaultValue={rule.levelMinutes} className={`${compactInputClass} w-24`} /></td>
                    <td className={cellClass}><input name={`esc.${p}.repeat`} aria-label={`P${p} pause before the next round`} type="number" min={0} step="any" defaultValue={rule.repeatMinutes} className={`${compactInputClass} w-24`} /></td>
                    <td className={cellClass}><input name={`esc.${p}.rounds`} aria-label={`P${p} rounds`} type="number" min={1} max={10} defaultValue={rule.rounds} className={`${compactInputClass} w-20`} /></td>
                  </tr>
                );
              })}
            </Table>
            <Button type="submit" disabled={pending}>Save the escalation policy</Button>
          </>
        )}
      </ActionForm>
      <ActionForm action={updateOnCallSettingsAction} schema={onCallSettingsFormSchema} className="grid max-w-xl gap-3 sm:grid-cols-3 sm:items-end">
        {({ errors, pending }) => (
          <>
            <Field label="Team time zone" name="timeZone" errors={errors.timeZone}>
              <Input name="timeZone" defaultValue={view.timeZone} errors={errors.timeZone} />
            </Field>
            <Field label="Digest window (minutes)" name="digestWindowMinutes" errors={errors.digestWindowMinutes}>
              <Input name="digestWindowMinutes" type="number" min={0.5} step="any" defaultValue={view.digestWindowMinutes} errors={errors.digestWindowMinutes} />
            </Field>
            <Button type="submit" disabled={pending}>Save</Button>
          </>
        )}
      </ActionForm>
    </section>
  );
}
