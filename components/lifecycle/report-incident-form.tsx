"use client";

import { useTranslations } from "next-intl";
import { reportIncidentAction } from "@/lib/actions/tickets";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, inputClass, Select } from "@/components/ui/field";
import { categories } from "@/lib/domain/alerts/mapping";
import { levels } from "@/lib/domain/priority";
import { reportIncidentSchema } from "@/lib/validations/lifecycle";

export function ReportIncidentForm() {
  const t = useTranslations("tickets.report");
  const level = useTranslations("admin.levels");
  const category = useTranslations("lifecycle.categories");
  return (
    <ActionForm action={reportIncidentAction} schema={reportIncidentSchema} className="max-w-xl space-y-3">
      {({ errors, pending }) => (
        <>
          <Field label={t("title")} name="title" errors={errors.title}>
            <Input name="title" errors={errors.title} placeholder={t("titlePlaceholder")} autoFocus />
          </Field>
          <Field label={t("details")} name="description" errors={errors.description} hint={t("detailsHint")}>
            <textarea id="description" name="description" className={`${inputClass} min-h-28`} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("urgency")} name="urgency" errors={errors.urgency}>
              <Select name="urgency" defaultValue="3">{levels.map((l) => <option key={l} value={l}>{level(`${l}`)}</option>)}</Select>
            </Field>
            <Field label={t("category")} name="category" errors={errors.category}>
              <Select name="category" defaultValue="">
                <option value="">{t("notSure")}</option>
                {categories.map((c) => <option key={c} value={c}>{category(c)}</option>)}
              </Select>
            </Field>
          </div>
          <Button type="submit" disabled={pending}>{pending ? t("reporting") : t("submit")}</Button>
        </>
      )}
    </ActionForm>
  );
}
