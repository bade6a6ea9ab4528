"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, inputClass } from "@/components/ui/field";
import { categories } from "@/lib/domain/alerts/mapping";
import { deleteServiceAction, saveServiceAction } from "@/lib/actions/status";
import { serviceSchema } from "@/lib/validations/status";

export type ServiceRow = { id: string; name: string; description: string; position: number; categories: string[]; riskCodes: string[]; labelMatchers: string[] };

/** A service and what links a ticket to it; without `service`, a new one. */
export function ServiceForm({ service }: { service?: ServiceRow }) {
  const t = useTranslations("status.admin");
  const id = (field: string) => `${field}-${service?.id ?? "new"}`;
  return (
    <div className="space-y-2">
      <ActionForm action={saveServiceAction} schema={serviceSchema} resetOnSuccess={!service} className="grid gap-3 sm:grid-cols-2">
        {({ errors, pending }) => (
          <>
            {service ? <input type="hidden" name="serviceId" value={service.id} /> : null}
            <Field label={t("name")} name={id("name")} errors={errors.name}>
              <Input name="name" id={id("name")} defaultValue={service?.name} maxLength={80} />
            </Field>
            <Field label={t("position")} name={id("position")} errors={errors.position}>
              <Input name="position" id={id("position")} type="number" min={0} max={999} defaultValue={service?.position ?? 0} />
            </Field>
            <div className="sm:col-span-2">
              <Field label={t("description")} name={id("description")} errors={errors.description} hint={t("descriptionHint")}>
                <Input name="description" id={id("description")} defaultValue={service?.description} maxLength={300} />
              </Field>
            </div>
            <fieldset className="space-y-1">
              <legend className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{t("categories")}</legend>
              {categories.map((c) => (
                <label key={c} className="mr-3 inline-flex items-center gap-1 text-sm">
                  <input type="checkbox" name={`category:${c}`} defaultChecked={service?.categories.includes(c)} />
                  {t(`categoryNames.${c}`)}
                </label>
              ))}
            </fieldset>
            <Field label={t("risks")} name={id("riskCodes")} errors={errors.riskCodes} hint={t("risksHint")}>
              <Input name="riskCodes" id={id("riskCodes")} defaultValue={service?.riskCodes.join(", ")} />
            </Field>
            <div className="sm:col-span-2">
              <Field label={t("matchers")} name={id("labelMatchers")} errors={errors.labelMatchers} hint={t("matchersHint")}>
                <textarea name="labelMatchers" id={id("labelMatchers")} rows={2} defaultValue={service?.labelMatchers.join("\n")} className={`${inputClass} font-mono`} />
              </Field>
            </div>
            <div className="sm:col-span-2">
              <Button type="submit" disabled={pending}>{service ? t("save") : t("add")}</Button>
            </div>
          </>
        )}
      </ActionForm>
      {service ? (
        <ActionForm action={deleteServiceAction}>
          {({ pending }) => (
            <>
              <input type="hidden" name="serviceId" value={service.id} />
              <Button type="submit" variant="secondary" disabled={pending}>{t("remove", { name: service.name })}</Button>
            </>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}
