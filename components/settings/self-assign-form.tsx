"use client";

import { useTranslations } from "next-intl";
import { updateSelfAssignAction } from "@/lib/actions/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

export function SelfAssignForm({ allowed }: { allowed: boolean }) {
  const t = useTranslations("admin");
  return (
    <ActionForm action={updateSelfAssignAction} className="max-w-md space-y-3">
      {({ pending }) => (
        <>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="selfAssign" defaultChecked={allowed} className="mt-1" />
            <span>
              <span className="font-medium">{t("settings.selfAssign")}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t("settings.selfAssignHint")}</span>
            </span>
          </label>
          <Button type="submit" disabled={pending}>{t("settings.saveSelfAssign")}</Button>
        </>
      )}
    </ActionForm>
  );
}
