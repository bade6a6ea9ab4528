"use client";

import { useTranslations } from "next-intl";
import { updateRequireAdminMfaAction } from "@/lib/actions/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

export function RequireMfaForm({ required }: { required: boolean }) {
  const t = useTranslations("admin");
  return (
    <ActionForm action={updateRequireAdminMfaAction} className="max-w-md space-y-3">
      {({ pending }) => (
        <>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="requireAdminMfa" defaultChecked={required} className="mt-1" />
            <span>
              <span className="font-medium">{t("settings.requireMfa")}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t("settings.requireMfaHint")}</span>
            </span>
          </label>
          <Button type="submit" disabled={pending}>{t("settings.saveSignIn")}</Button>
        </>
      )}
    </ActionForm>
  );
}
