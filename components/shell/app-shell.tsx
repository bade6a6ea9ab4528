import Link from "next/link";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";
import { Logo } from "./logo";
import { Nav } from "./nav";
import { navItemsFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-1 dark:focus:bg-zinc-900">
        Skip to content
      </a>
      <aside className="sticky top-0 flex h-screen w-56 shrink-0 flex-col border-r border-zinc-200 bg-zinc-100/60 px-3 py-4 dark:border-zinc-800 dark:bg-zinc-900/40">
        <Link href="/" className="mb-6 flex items-center gap-2 px-2">
          <Logo />
          <span className="text-base font-semibold tracking-tight">Vigie</span>
        </Link>
        <Nav items={navItemsFor(actor.role)} />
        <div className="mt-auto border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <div className="px-2 pb-2" data-testid="current-user">
            <div className="truncate font-medium" title={actor.email}>{actor.name}</div>
            <div className="text-xs text-zinc-500">{roleLabels[actor.role]}</div>
          </div>
          <SignOutButton />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-6 py-5">
        {children}
      </main>
    </div>
  );
}
