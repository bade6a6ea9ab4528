import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/shell/client-messages";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { Logo } from "@/components/shell/logo";

// The public pages (no sign-in, proxy.ts): a light frame of their own, never the signed-in shell.
export default async function StatusLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("status");
  return (
    <ClientMessages section="status">
      <div className="min-h-screen bg-zinc-50 dark:bg-zinc-950">
        <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/status" className="flex items-center gap-2 font-semibold">
              <Logo />
              <span>{t("title")}</span>
            </Link>
            <nav aria-label={t("navigation")} className="flex items-center gap-4 text-sm">
              <Link href="/status/report" className="text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">{t("report.link")}</Link>
              <a href="/status/feed.xml" className="text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400">{t("feed.link")}</a>
              <LocaleSwitcher />
            </nav>
          </div>
        </header>
        <main className="mx-auto max-w-3xl px-4 py-8">{children}</main>
      </div>
    </ClientMessages>
  );
}
