"use client";

import { useTranslations } from "next-intl";
import { createRexAction, updateRexAction } from "@/lib/actions/rex";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, inputClass } from "@/components/ui/field";
import { rexFieldsSchema, updateRexSchema } from "@/lib/validations/rex";

type Values = { id: string; version: number; title: string; context: string; courseNarrative: string; weakPoint: string; actionsTaken: string; recommendations: string; riskCodes: string[] };

const area = (name: string, label: string, errors: Record<string, string[]>, value = "", hint?: string, rows = 4) => (
  <Field label={label} name={name} errors={errors[name]} hint={hint}>
    <textarea id={name} name={name} defaultValue={value} rows={rows} className={inputClass} />
  </Field>
);

/** What people write in a REX; the course and step times come from the ticket. */
export function RexForm({ rex }: { rex?: Values }) {
  const t = useTranslations("rex.form");
  return (
    <ActionForm action={rex ? updateRexAction : createRexAction} schema={rex ? updateRexSchema : rexFieldsSchema} className="max-w-3xl space-y-3">
      {({ errors, pending }) => (
        <>
          {rex ? (<><input type="hidden" name="rexId" value={rex.id} /><input type="hidden" name="version" value={rex.version} /></>) : null}
          <Field label={t("title")} name="title" errors={errors.title}><Input name="title" defaultValue={rex?.title} errors={errors.title} /></Field>
          {area("context", t("context"), errors, rex?.context, t("contextHint"), 3)}
          {area("courseNarrative", t("courseNarrative"), errors, rex?.courseNarrative, t("courseNarrativeHint"), 3)}
          {area("weakPoint", t("weakPoint"), errors, rex?.weakPoint, t("weakPointHint"))}
          {area("actionsTaken", t("actionsTaken"), errors, rex?.actionsTaken, t("actionsTakenHint"))}
          {area("recommendations", t("recommendations"), errors, rex?.recommendations, t("recommendationsHint"))}
          <Field label={t("riskCodes")} name="riskCodes" errors={errors.riskCodes}>
            <Input name="riskCodes" defaultValue={rex?.riskCodes.join(", ")} placeholder="R3" errors={errors.riskCodes} />
          </Field>
          <Button type="submit" disabled={pending}>{rex ? t("save") : t("create")}</Button>
        </>
      )}
    </ActionForm>
  );
}
