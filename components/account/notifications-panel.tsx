"use client";

import { useTranslations } from "next-intl";
import { updateNotificationModesAction } from "@/lib/actions/notifications";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { notificationEvents, notificationModes, type NotificationModes } from "@/lib/domain/notifications/digest";
import { notificationModesFormSchema } from "@/lib/validations/notifications";

/** Which emails reach me and how; escalations always do, and a storm of new incidents comes as a digest anyway. */
export function NotificationsPanel({ modes, digestWindowMinutes }: { modes: NotificationModes; digestWindowMinutes: number }) {
  const t = useTranslations("account");
  return (
    <section aria-labelledby="notifications" className="max-w-xl space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="notifications">
      <h2 id="notifications" className="font-medium">{t("notifications.title")}</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {t("notifications.intro", { minutes: digestWindowMinutes })}
      </p>
      <ActionForm action={updateNotificationModesAction} schema={notificationModesFormSchema} className="space-y-3">
        {({ errors, pending }) => (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              {notificationEvents.map((event) => (
                <Field key={event} label={t(`notifications.events.${event}`)} name={`mode.${event}`} errors={errors[event]}>
                  <Select name={`mode.${event}`} defaultValue={modes[event]}>
                    {notificationModes.map((m) => <option key={m} value={m}>{t(`notifications.modes.${m}`)}</option>)}
                  </Select>
                </Field>
              ))}
            </div>
            <Button type="submit" disabled={pending}>{t("notifications.save")}</Button>
          </>
        )}
      </ActionForm>
    </section>
  );
}
