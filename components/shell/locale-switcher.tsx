"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/locale";
import { localeNames, locales, type Locale } from "@/lib/i18n/locales";

/** One click to the other language; remembered on the account (signed in) or in a cookie (sign-in page). */
export function LocaleSwitcher() {
  const t = useTranslations("shell");
  const current = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <div role="group" aria-label={t("language")} className="flex gap-1 px-2 pb-2 text-xs" data-testid="locale-switcher">
      {locales.map((locale: Locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          disabled={pending || locale === current}
          aria-pressed={locale === current}
          onClick={() => start(async () => {
            await setLocaleAction(locale);
            router.refresh();
          })}
          className="rounded px-1.5 py-0.5 underline-offset-2 hover:underline aria-pressed:bg-zinc-200 aria-pressed:font-semibold dark:aria-pressed:bg-zinc-800"
        >
          {localeNames[locale]}
        </button>
      ))}
    </div>
  );
}
