import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";
import { MobileMenu } from "./mobile-menu";
import { Nav } from "./nav";
import { navItemsFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

/** The frame of every signed-in page: a sidebar on wide screens, a top bar with a menu button on a phone. */
export async function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const t = await getTranslations("shell");
  const items = navItemsFor(actor.role);
  const who = (testId?: string) => (
    <div className="px-2 pb-2" data-testid={testId}>
      <div className="truncate font-medium" title={actor.email}>{actor.name}</div>
      <div className="text-xs text-zinc-600 dark:text-zinc-400">{t(`roles.${actor.role}`)}</div>
    </div>
  );
  const brand = (
    <Link href="/" className="flex items-center gap-2 px-2">
      <Logo />
      <span className="text-base font-semibold tracking-tight">Vigie</span>
    </Link>
  );
  return (
    <div className="min-h-screen md:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-1 dark:focus:bg-zinc-900">
        {t("skipToContent")}
      </a>
      <header className="sticky top-0 z-30 flex items-center justify-between gap-2 border-b border-zinc-200 bg-zinc-50/95 px-3 py-2 backdrop-blur md:hidden dark:border-zinc-800 dark:bg-zinc-950/95">
        {brand}
        <MobileMenu>
          <Nav items={items} shortcuts={false} />
          <div className="mt-4 border-t border-zinc-200 pt-3 dark:border-zinc-800">
            {who()}
            <LocaleSwitcher />
            <SignOutButton />
          </div>
        </MobileMenu>
      </header>
      <aside className="sticky top-0 hidden h-screen w-56 shrink-0 flex-col overflow-y-auto border-r border-zinc-200 bg-zinc-100/60 px-3 py-4 md:flex dark:border-zinc-800 dark:bg-zinc-900/40">
        <div className="mb-6">{brand}</div>
        <Nav items={items} />
        <div className="mt-auto border-t border-zinc-200 pt-3 dark:border-zinc-800">
          {who("current-user")}
          <LocaleSwitcher />
          <SignOutButton />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-5 md:px-6">
        {children}
      </main>
    </div>
  );
}
