"use client";

import { useTranslations } from "next-intl";
import { updatePriorityMatrixAction, updateSlaTargetsAction } from "@/lib/actions/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { levels, type Priority, type PriorityMatrix } from "@/lib/domain/priority";
import type { SlaTargets } from "@/lib/domain/sla";
import { priorityMatrixFormSchema, slaTargetsFormSchema } from "@/lib/validations/settings";

const priorities = [6, 5, 4, 3, 2, 1] as const;

/** "High (P4)": the name first, then the number, for people used to GLPI and to PagerDuty alike. */
function usePriorityLabel() {
  const t = useTranslations("admin");
  return (p: Priority) => t("priority", { label: t(`priorities.${p}`), priority: p });
}

export function PriorityMatrixForm({ matrix }: { matrix: PriorityMatrix }) {
  const t = useTranslations("admin");
  const priorityLabel = usePriorityLabel();
  return (
    <ActionForm action={updatePriorityMatrixAction} schema={priorityMatrixFormSchema} className="space-y-2">
      {({ pending }) => (
        <>
          {/* 25 choices that must each read whole: on a phone the table scrolls sideways in its own box. */}
          <div className="max-w-full overflow-x-auto">
            <table className="text-xs" aria-label={t("settings.matrix")}>
              <thead>
                <tr>
                  <th className="px-2 py-1 text-left font-medium text-zinc-500">{t("settings.matrixCorner")}</th>
                  {levels.map((i) => <th key={i} className="px-2 py-1 font-medium">{t(`levels.${i}`)}</th>)}
                </tr>
              </thead>
              <tbody>
                {[...levels].reverse().map((u) => (
                  <tr key={u}>
                    <th className="px-2 py-1 text-left font-medium">{t(`levels.${u}`)}</th>
                    {levels.map((i) => (
                      <td key={i} className="px-1 py-1">
                        <select name={`m.${u}.${i}`} defaultValue={matrix[u][i]} aria-label={t("settings.cell", { urgency: t(`levels.${u}`), impact: t(`levels.${i}`) })} className={`${inputClass} min-w-36`}>
                          {priorities.map((p) => <option key={p} value={p}>{priorityLabel(p)}</option>)}
                        </select>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button type="submit" variant="secondary" disabled={pending}>{t("settings.saveMatrix")}</Button>
        </>
      )}
    </ActionForm>
  );
}

export function SlaTargetsForm({ targets }: { targets: SlaTargets }) {
  const t = useTranslations("admin");
  const priorityLabel = usePriorityLabel();
  return (
    <ActionForm action={updateSlaTargetsAction} schema={slaTargetsFormSchema} className="space-y-2">
      {({ pending, errors }) => (
        <>
          <table className="text-xs" aria-label={t("settings.sla")}>
            <thead>
              <tr><th className="px-2 py-1 text-left">{t("settings.slaHead.priority")}</th><th className="px-2 py-1">{t("settings.slaHead.assign")}</th><th className="px-2 py-1">{t("settings.slaHead.solve")}</th></tr>
            </thead>
            <tbody>
              {priorities.map((p) => (
                <tr key={p}>
                  <td className="px-2 py-1">{priorityLabel(p)}</td>
                  <td className="px-1 py-1"><input name={`sla.${p}.assign`} type="number" min={1} defaultValue={targets[p].assignMinutes} aria-label={t("settings.assignOf", { priority: p })} className={`${inputClass} w-28`} /></td>
                  <td className="px-1 py-1"><input name={`sla.${p}.solve`} type="number" min={1} defaultValue={targets[p].solveMinutes} aria-label={t("settings.solveOf", { priority: p })} className={`${inputClass} w-28`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          {Object.keys(errors).length ? <p className="text-xs text-rose-600">{t("settings.slaError")}</p> : null}
          <Button type="submit" variant="secondary" disabled={pending}>{t("settings.saveSla")}</Button>
        </>
      )}
    </ActionForm>
  );
}
