"use client";

import { updatePriorityMatrixAction, updateSlaTargetsAction } from "@/lib/actions/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { levelLabels, levels, priorityLabels, type PriorityMatrix } from "@/lib/domain/priority";
import type { SlaTargets } from "@/lib/domain/sla";
import { priorityMatrixFormSchema, slaTargetsFormSchema } from "@/lib/validations/settings";

const priorities = [6, 5, 4, 3, 2, 1] as const;

export function PriorityMatrixForm({ matrix }: { matrix: PriorityMatrix }) {
  return (
    <ActionForm action={updatePriorityMatrixAction} schema={priorityMatrixFormSchema} className="space-y-2">
      {({ pending }) => (
        <>
          <table className="text-xs" aria-label="Priority matrix">
            <thead>
              <tr>
                <th className="px-2 py-1 text-left font-medium text-zinc-500">Urgency ↓ / Impact →</th>
                {levels.map((i) => <th key={i} className="px-2 py-1 font-medium">{levelLabels[i]}</th>)}
              </tr>
            </thead>
            <tbody>
              {[...levels].reverse().map((u) => (
                <tr key={u}>
                  <th className="px-2 py-1 text-left font-medium">{levelLabels[u]}</th>
                  {levels.map((i) => (
                    <td key={i} className="px-1 py-1">
                      <select name={`m.${u}.${i}`} defaultValue={matrix[u][i]} aria-label={`Priority for urgency ${levelLabels[u]} and impact ${levelLabels[i]}`} className={`${inputClass} w-28`}>
                        {priorities.map((p) => <option key={p} value={p}>P{p} {priorityLabels[p]}</option>)}
                      </select>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <Button type="submit" variant="secondary" disabled={pending}>Save the matrix</Button>
        </>
      )}
    </ActionForm>
  );
}

export function SlaTargetsForm({ targets }: { targets: SlaTargets }) {
  return (
    <ActionForm action={updateSlaTargetsAction} schema={slaTargetsFormSchema} className="space-y-2">
      {({ pending, errors }) => (
        <>
          <table className="text-xs" aria-label="SLA targets">
            <thead>
              <tr><th className="px-2 py-1 text-left">Priority</th><th className="px-2 py-1">Assigned within (min)</th><th className="px-2 py-1">Solved within (min)</th></tr>
            </thead>
            <tbody>
              {priorities.map((p) => (
                <tr key={p}>
                  <td className="px-2 py-1">P{p} {priorityLabels[p]}</td>
                  <td className="px-1 py-1"><input name={`sla.${p}.assign`} type="number" min={1} defaultValue={targets[p].assignMinutes} aria-label={`P${p} assigned within, minutes`} className={`${inputClass} w-28`} /></td>
                  <td className="px-1 py-1"><input name={`sla.${p}.solve`} type="number" min={1} defaultValue={targets[p].solveMinutes} aria-label={`P${p} solved within, minutes`} className={`${inputClass} w-28`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          {Object.keys(errors).length ? <p className="text-xs text-rose-600">Every target is a whole number of minutes, at least 1.</p> : null}
          <Button type="submit" variant="secondary" disabled={pending}>Save the SLA targets</Button>
        </>
      )}
    </ActionForm>
  );
}
