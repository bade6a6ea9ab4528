"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, inputClass } from "@/components/ui/field";
import { impacts, publicStatuses, type Impact, type PublicStatus } from "@/lib/domain/status/state";
import { postPublicUpdateAction } from "@/lib/actions/status";
import { publicUpdateSchema } from "@/lib/validations/status";

/** Declares the ticket on the status page (`current` null: a title and services too) or posts an update. */
export function PublicUpdateForm({ ticketId, services, current }: { ticketId: string; services: { id: string; name: string }[]; current: { status: PublicStatus; impact: Impact; serviceIds: string[] } | null }) {
  const t = useTranslations("status.panel");
  const ts = useTranslations("status");
  return (
    <ActionForm action={postPublicUpdateAction} schema={publicUpdateSchema} resetOnSuccess className="space-y-3">
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="ticketId" value={ticketId} />
          {current ? null : (
            <Field label={t("publicTitle")} name="title" id="update-title" errors={errors.title} hint={t("publicTitleHint")}>
              <Input name="title" id="update-title" maxLength={120} />
            </Field>
          )}
          <fieldset className="space-y-1">
            <legend className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{t("services")}</legend>
            {services.map((s) => (
              <label key={s.id} className="mr-3 inline-flex items-center gap-1 text-sm">
                <input type="checkbox" name={`service:${s.id}`} defaultChecked={current?.serviceIds.includes(s.id)} />
                {s.name}
              </label>
            ))}
            {errors.serviceIds ? <p className="text-xs text-rose-600 dark:text-rose-400">{errors.serviceIds.join(" ")}</p> : null}
          </fieldset>
          <div className="grid gap-2">
            <Field label={t("status")} name="status" id="update-status" errors={errors.status}>
              <Select name="status" id="update-status" defaultValue={current?.status === "RESOLVED" ? "INVESTIGATING" : (current?.status ?? "INVESTIGATING")}>
                {publicStatuses.map((s) => <option key={s} value={s}>{ts(`statuses.${s}`)}</option>)}
              </Select>
            </Field>
            <Field label={t("impact")} name="impact" id="update-impact" errors={errors.impact}>
              <Select name="impact" id="update-impact" defaultValue={current?.impact ?? "MAJOR_OUTAGE"}>
                {impacts.map((i) => <option key={i} value={i}>{ts(`states.${i}`)}</option>)}
              </Select>
            </Field>
          </div>
          <Field label={t("message")} name="message" id="update-message" errors={errors.message} hint={t("messageHint")}>
            <textarea id="update-message" name="message" rows={3} maxLength={2_000} className={inputClass} />
          </Field>
          <Button type="submit" disabled={pending}>{current ? t("post") : t("declare")}</Button>
        </>
      )}
    </ActionForm>
  );
}
