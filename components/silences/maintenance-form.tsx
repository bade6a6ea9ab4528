"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { createMaintenanceWindowAction } from "@/lib/actions/silences";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { maintenanceWindowSchema } from "@/lib/validations/silences";

const noSubscription = () => () => {};

/** Plans a silence ahead: matchers, a reason, a start and an end in the person's own time. */
export function MaintenanceForm() {
  const t = useTranslations("silences.maintenance");
  // The browser's offset, read after hydration: the server's time zone is not the person's.
  const offset = useSyncExternalStore(noSubscription, () => String(new Date().getTimezoneOffset()), () => "0");
  return (
    <ActionForm action={createMaintenanceWindowAction} schema={maintenanceWindowSchema} className="grid gap-3 sm:grid-cols-2" resetOnSuccess>
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="timezoneOffset" value={offset} />
          <div className="sm:col-span-2">
            <Field label={t("matchers")} name="matchers" errors={errors.matchers} hint={t("matchersHint")}>
              <Input name="matchers" errors={errors.matchers} className="font-mono" placeholder='job="postgres"' />
            </Field>
          </div>
          <div className="sm:col-span-2">
            <Field label={t("reason")} name="reason" errors={errors.reason}>
              <Input name="reason" errors={errors.reason} placeholder={t("reasonPlaceholder")} />
            </Field>
          </div>
          <Field label={t("start")} name="startsAt" errors={errors.startsAt}>
            <Input type="datetime-local" name="startsAt" errors={errors.startsAt} />
          </Field>
          <Field label={t("end")} name="endsAt" errors={errors.endsAt}>
            <Input type="datetime-local" name="endsAt" errors={errors.endsAt} />
          </Field>
          <div className="sm:col-span-2">
            <Button type="submit" disabled={pending}>{t("plan")}</Button>
          </div>
        </>
      )}
    </ActionForm>
  );
}
