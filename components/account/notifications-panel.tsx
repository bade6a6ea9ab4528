"use client";

import { updateNotificationModesAction } from "@/lib/actions/notifications";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { notificationEvents, type NotificationEvent, type NotificationMode, type NotificationModes } from "@/lib/domain/notifications/digest";
import { notificationModesFormSchema } from "@/lib/validations/notifications";

const eventLabels: Record<NotificationEvent, string> = {
  "ticket.registered": "New incident",
  "ticket.assigned": "Assigned to me",
  "ticket.validation_requested": "Validation requested",
  "validation.refused": "My solution refused",
  "ticket.closed": "Incident closed",
};

const modeLabels: Record<NotificationMode, string> = { immediate: "At once", digest: "In my digest", off: "Off" };

/** Which emails reach me and how; escalations always do, and a storm of new incidents comes as a digest anyway. */
export function NotificationsPanel({ modes, digestWindowMinutes }: { modes: NotificationModes; digestWindowMinutes: number }) {
  return (
    <section aria-labelledby="notifications" className="max-w-xl space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="notifications">
      <h2 id="notifications" className="font-medium">Email notifications</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        A digest gathers what happened over {digestWindowMinutes} min into one email. During an alert storm, new incidents after the first come in the digest even when you chose &quot;At once&quot;. Escalations when you are on call always reach you.
      </p>
      <ActionForm action={updateNotificationModesAction} schema={notificationModesFormSchema} className="space-y-3">
        {({ errors, pending }) => (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              {notificationEvents.map((event) => (
                <Field key={event} label={eventLabels[event]} name={`mode.${event}`} errors={errors[event]}>
                  <Select name={`mode.${event}`} defaultValue={modes[event]}>
                    {(Object.keys(modeLabels) as NotificationMode[]).map((m) => <option key={m} value={m}>{modeLabels[m]}</option>)}
                  </Select>
                </Field>
              ))}
            </div>
            <Button type="submit" disabled={pending}>Save notification settings</Button>
          </>
        )}
      </ActionForm>
    </section>
  );
}
