"use client";

import { useTranslations } from "next-intl";

/** A password shown once: Vigie keeps only its hash. */
export function OneTimePassword({ password }: { password: string }) {
  const t = useTranslations("admin");
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      {t("users.oneTimePassword")}{" "}
      <code data-testid="one-time-password" className="select-all rounded bg-white px-1 font-mono text-sm dark:bg-zinc-900">
        {password}
      </code>
    </div>
  );
}
