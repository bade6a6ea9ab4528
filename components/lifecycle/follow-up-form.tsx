"use client";

import { useTranslations } from "next-intl";
import { followUpAction } from "@/lib/actions/tickets";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { followUpSchema } from "@/lib/validations/lifecycle";

export function FollowUpForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations("tickets.followUp");
  return (
    <ActionForm action={followUpAction} schema={followUpSchema} className="space-y-2" resetOnSuccess showSuccess={false}>
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="ticketId" value={ticketId} />
          <Field label={t("label")} name="body" errors={errors.body}>
            <textarea id="body" name="body" className={`${inputClass} min-h-16`} placeholder={t("placeholder")} />
          </Field>
          <Button type="submit" variant="secondary" disabled={pending}>{t("add")}</Button>
        </>
      )}
    </ActionForm>
  );
}
