"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { expireMaintenanceWindowAction } from "@/lib/actions/silences";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { cellClass, Table } from "@/components/ui/table";
import { translateSentence } from "@/lib/i18n/sentences";
import type { MaintenanceWindows as Data } from "@/lib/server/silences/list-maintenance-windows";
import { MaintenanceForm } from "./maintenance-form";

/** The Incident plan's maintenance windows: silences planned ahead in Alertmanager, shown on the tickets they cover. */
export function MaintenanceWindows({ data }: { data: Data }) {
  const t = useTranslations("silences");
  const format = useFormatter();
  const locale = useLocale();
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" });
  const states = ["active", "pending", "expired", "recorded"] as const;
  const stateLabel = (state: string) => (states.includes(state as (typeof states)[number]) ? t(`state.${state as (typeof states)[number]}`) : state);
  return (
    <section className="space-y-3" aria-labelledby="maintenance" data-testid="maintenance-windows">
      <h2 id="maintenance" className="text-base font-semibold">{t("maintenance.title")}</h2>
      <p className="text-zinc-600 dark:text-zinc-400">
        {t("maintenance.intro")}
      </p>
      {data.clustered ? <p className="text-zinc-600 dark:text-zinc-400">{t("maintenance.clustered")}</p> : null}
      {data.unreachable ? <Notice tone="warning">{translateSentence(data.unreachable.sentence, locale, data.unreachable.values)}</Notice> : null}
      <Table head={[t("maintenance.reason"), t("maintenance.matchers"), t("maintenance.start"), t("maintenance.end"), t("maintenance.state"), t("maintenance.by"), <span key="actions" className="sr-only">{t("maintenance.actions")}</span>]} testId="maintenance-rows" empty={data.windows.length ? undefined : t("maintenance.none")}>
        {data.windows.map((w) => (
          <tr key={w.id} data-window-id={w.id} data-state={w.state}>
            <td className={cellClass}>{w.reason}</td>
            <td className={`${cellClass} break-all font-mono text-xs`}>{w.matchers}</td>
            <td className={cellClass}>{when(w.startsAt)}</td>
            <td className={cellClass}>{when(w.endsAt)}</td>
            <td className={cellClass}>{stateLabel(w.state)}</td>
            <td className={cellClass}>{w.createdBy}</td>
            <td className={cellClass}>
              {w.canExpire ? (
                <ActionForm action={expireMaintenanceWindowAction} showSuccess={false}>
                  {({ pending }) => (
                    <>
                      <input type="hidden" name="windowId" value={w.id} />
                      <Button type="submit" variant="ghost" disabled={pending}>{t("expireNow")}</Button>
                    </>
                  )}
                </ActionForm>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
      {data.canCreate ? <MaintenanceForm /> : null}
    </section>
  );
}
