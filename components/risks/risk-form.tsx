"use client";

import { useTranslations } from "next-intl";
import { createRiskAction, updateRiskAction } from "@/lib/actions/risks";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, inputClass, Select } from "@/components/ui/field";
import { riskLevels, strategies } from "@/lib/domain/risk";
import { createRiskSchema, updateRiskSchema } from "@/lib/validations/risk";

type Person = { id: string; name: string };
type Values = { id?: string; version?: number; description?: string; impact?: number; probability?: number; consequences?: string; strategy?: string | null; treatment?: string | null; ownerId?: string | null; reviewDate?: Date | null };

/** One form for a new risk and for editing one (admins only; the server checks again). */
export function RiskForm({ risk, people }: { risk?: Values; people: Person[] }) {
  const t = useTranslations("risks.form");
  const labels = useTranslations("risks");
  const editing = Boolean(risk?.id);
  return (
    <ActionForm action={editing ? updateRiskAction : createRiskAction} schema={editing ? updateRiskSchema : createRiskSchema} className="max-w-2xl space-y-3">
      {({ errors, pending }) => (
        <>
          {editing ? (
            <>
              <input type="hidden" name="riskId" value={risk!.id} />
              <input type="hidden" name="version" value={risk!.version} />
            </>
          ) : (
            <Field label={t("code")} name="code" errors={errors.code}><Input name="code" placeholder="R7" errors={errors.code} /></Field>
          )}
          <Field label={t("description")} name="description" errors={errors.description}>
            <textarea id="description" name="description" defaultValue={risk?.description} className={`${inputClass} min-h-16`} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("impact")} name="impact" errors={errors.impact}>
              <Select name="impact" defaultValue={risk?.impact ?? 2}>{riskLevels.map((l) => <option key={l} value={l}>{labels(`impact.${l}`)}</option>)}</Select>
            </Field>
            <Field label={t("probability")} name="probability" errors={errors.probability}>
              <Select name="probability" defaultValue={risk?.probability ?? 2}>{riskLevels.map((l) => <option key={l} value={l}>{labels(`probability.${l}`)}</option>)}</Select>
            </Field>
          </div>
          <Field label={t("consequences")} name="consequences" errors={errors.consequences}>
            <textarea id="consequences" name="consequences" defaultValue={risk?.consequences} className={`${inputClass} min-h-12`} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-3">
            <Field label={t("strategy")} name="strategy" errors={errors.strategy}>
              <Select name="strategy" defaultValue={risk?.strategy ?? ""}>
                <option value="">{labels("untreated")}</option>
                {strategies.map((s) => <option key={s} value={s}>{labels(`strategy.${s}`)}</option>)}
              </Select>
            </Field>
            <Field label={t("owner")} name="ownerId" errors={errors.ownerId}>
              <Select name="ownerId" defaultValue={risk?.ownerId ?? ""}>
                <option value="">{t("nobody")}</option>
                {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </Select>
            </Field>
            <Field label={t("reviewDate")} name="reviewDate" errors={errors.reviewDate}>
              <Input name="reviewDate" type="date" defaultValue={risk?.reviewDate ? new Date(risk.reviewDate).toISOString().slice(0, 10) : ""} errors={errors.reviewDate} />
            </Field>
          </div>
          <Field label={t("treatment")} name="treatment" errors={errors.treatment}>
            <textarea id="treatment" name="treatment" defaultValue={risk?.treatment ?? ""} className={`${inputClass} min-h-16`} />
          </Field>
          <Button type="submit" disabled={pending}>{editing ? t("save") : t("create")}</Button>
        </>
      )}
    </ActionForm>
  );
}
