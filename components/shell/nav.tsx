"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import type { NavItem } from "./nav-items";

/** Sidebar links; "g" then a section's letter jumps to it from anywhere but a text field. */
/** `shortcuts`: false for the phone drawer's copy, so that the keys act once. */
export function Nav({ items, shortcuts = true }: { items: NavItem[]; shortcuts?: boolean }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const router = useRouter();

  useEffect(() => {
    if (!shortcuts) return;
    let armed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.metaKey || event.ctrlKey || event.altKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      if (armed) {
        armed = false;
        const item = items.find((i) => i.shortcut === event.key);
        if (item) router.push(item.href);
        return;
      }
      if (event.key === "g") {
        armed = true;
        clearTimeout(timer);
        timer = setTimeout(() => (armed = false), 1_500);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      clearTimeout(timer);
    };
  }, [items, router, shortcuts]);

  return (
    <nav aria-label={t("sections")} className="flex flex-col gap-0.5">
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            title={t("shortcutHint", { key: item.shortcut })}
            className={`flex items-center justify-between rounded-md px-2.5 py-1.5 ${
              active
                ? "bg-zinc-200/80 font-medium text-zinc-900 dark:bg-zinc-800 dark:text-white"
                : "text-zinc-700 hover:bg-zinc-200/50 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800/60 dark:hover:text-zinc-100"
            }`}
          >
            {t(`nav.${item.key}`)}
            <kbd className="hidden font-mono text-[10px] text-zinc-600 lg:inline dark:text-zinc-400">g {item.shortcut}</kbd>
          </Link>
        );
      })}
    </nav>
  );
}
