"use client";

import { useSyncExternalStore } from "react";
import { createMaintenanceWindowAction } from "@/lib/actions/silences";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { maintenanceWindowSchema } from "@/lib/validations/silences";

const noSubscription = () => () => {};

/** Plans a silence ahead: matchers, a reason, a start and an end in the person's own time. */
export function MaintenanceForm() {
  // The browser's offset, read after hydration: the server's time zone is not the person's.
  const offset = useSyncExternalStore(noSubscription, () => String(new Date().getTimezoneOffset()), () => "0");
  return (
    <ActionForm action={createMaintenanceWindowAction} schema={maintenanceWindowSchema} className="grid gap-3 sm:grid-cols-2" resetOnSuccess>
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="timezoneOffset" value={offset} />
          <div className="sm:col-span-2">
            <Field label="Matchers" name="matchers" errors={errors.matchers} hint='Alertmanager syntax: job="postgres", instance=~"db-.*"'>
              <Input name="matchers" errors={errors.matchers} className="font-mono" placeholder='job="postgres"' />
            </Field>
          </div>
          <div className="sm:col-span-2">
            <Field label="Reason" name="reason" errors={errors.reason}>
              <Input name="reason" errors={errors.reason} placeholder="PostgreSQL 16 upgrade, by the database team" />
            </Field>
          </div>
          <Field label="Start" name="startsAt" errors={errors.startsAt}>
            <Input type="datetime-local" name="startsAt" errors={errors.startsAt} />
          </Field>
          <Field label="End" name="endsAt" errors={errors.endsAt}>
            <Input type="datetime-local" name="endsAt" errors={errors.endsAt} />
          </Field>
          <div className="sm:col-span-2">
            <Button type="submit" disabled={pending}>Plan the maintenance window</Button>
          </div>
        </>
      )}
    </ActionForm>
  );
}
