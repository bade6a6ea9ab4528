"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { setPublicReportsAction } from "@/lib/actions/status";

/** The team setting that opens or closes /status/report. */
export function PublicReportsForm({ open }: { open: boolean }) {
  const t = useTranslations("status.admin.reportsForm");
  return (
    <ActionForm action={setPublicReportsAction} className="max-w-md space-y-3">
      {({ pending }) => (
        <>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="publicReports" defaultChecked={open} className="mt-1" />
            <span>
              <span className="font-medium">{t("label")}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t("hint")}</span>
            </span>
          </label>
          <Button type="submit" disabled={pending}>{t("save")}</Button>
        </>
      )}
    </ActionForm>
  );
}
