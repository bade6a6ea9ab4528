"use client";

import { useFormatter, useTranslations } from "next-intl";
import { updateRetentionAction } from "@/lib/actions/retention";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { retentionFormSchema } from "@/lib/validations/settings";

type LastRun = { at: Date; count: number; total: number } | null;
export type RetentionView = { deliveryBodyDays: number; closedTicketDays: number | null; bodies: LastRun; tickets: LastRun };

/** Admin → Team settings: how long raw webhook bodies and closed tickets are kept, and what the jobs last removed. */
export function RetentionForm({ retention }: { retention: RetentionView }) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const lastRun = (run: LastRun, key: "lastBodies" | "lastTickets") =>
    run ? t(`settings.retention.${key}`, { at: format.dateTime(run.at, { dateStyle: "medium", timeStyle: "short" }), count: run.count, total: run.total }) : t("settings.retention.neverRun");
  return (
    <section className="max-w-md space-y-2">
      <h2 className="font-medium">{t("settings.retention.title")}</h2>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("settings.retention.hint")}</p>
      <ActionForm action={updateRetentionAction} schema={retentionFormSchema} className="space-y-3">
        {({ errors, pending }) => (
          <>
            <Field label={t("settings.retention.bodyDays")} name="deliveryBodyDays" errors={errors.deliveryBodyDays} hint={t("settings.retention.bodyDaysHint")}>
              <Input name="deliveryBodyDays" type="number" inputMode="numeric" min={1} max={3650} defaultValue={retention.deliveryBodyDays} errors={errors.deliveryBodyDays} />
            </Field>
            <p className="text-xs text-zinc-500">{lastRun(retention.bodies, "lastBodies")}</p>
            <Field label={t("settings.retention.ticketDays")} name="closedTicketDays" errors={errors.closedTicketDays} hint={t("settings.retention.ticketDaysHint")}>
              <Input name="closedTicketDays" type="number" inputMode="numeric" min={90} max={36500} placeholder={t("settings.retention.forEver")} defaultValue={retention.closedTicketDays ?? ""} errors={errors.closedTicketDays} />
            </Field>
            <p className="text-xs text-zinc-500">{retention.closedTicketDays === null ? t("settings.retention.ticketsOff") : lastRun(retention.tickets, "lastTickets")}</p>
            <Button type="submit" disabled={pending}>{t("settings.retention.save")}</Button>
          </>
        )}
      </ActionForm>
    </section>
  );
}
