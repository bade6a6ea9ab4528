"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, inputClass } from "@/components/ui/field";
import { submitPublicReportAction } from "@/lib/actions/public-report";
import { publicReportSchema } from "@/lib/validations/status";

/**
 * What a visitor sends. `stamp` is the signed time the form was shown (a minimum fill time); "website" is a
 * honeypot, off-screen and out of the tab order, that only scripts fill. The form is kept after sending, so
 * a second report needs no reload.
 */
export function ReportForm({ services, stamp }: { services: { id: string; name: string }[]; stamp: string }) {
  const t = useTranslations("status.report");
  return (
    <ActionForm action={submitPublicReportAction} schema={publicReportSchema} resetOnSuccess className="max-w-xl space-y-4">
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="stamp" value={stamp} />
          <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
            <label htmlFor="website">{t("honeypot")}</label>
            <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <Field label={t("description")} name="description" errors={errors.description} hint={t("descriptionHint")}>
            <textarea id="description" name="description" rows={5} maxLength={2_000} required className={inputClass} aria-invalid={errors.description?.length ? true : undefined} />
          </Field>
          <Field label={t("service")} name="serviceId" errors={errors.serviceId}>
            <Select name="serviceId" defaultValue="">
              <option value="">{t("notSure")}</option>
              {services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </Select>
          </Field>
          <Field label={t("email")} name="email" errors={errors.email} hint={t("emailHint")}>
            <Input name="email" type="email" autoComplete="email" maxLength={254} />
          </Field>
          <Button type="submit" disabled={pending}>{pending ? t("sending") : t("send")}</Button>
        </>
      )}
    </ActionForm>
  );
}
