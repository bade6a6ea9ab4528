"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";

/** On a phone the sidebar is a drawer behind a menu button; it closes on navigation and with Escape. */
export function MobileMenu({ children }: { children: ReactNode }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  // Open on the page where it was opened: following a link closes it, with nothing to reset.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpenOn(null);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-expanded={open} aria-controls="mobile-menu" className="rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium md:hidden dark:border-zinc-700">
        {t("menu")}
      </button>
      {open ? (
        <div className="fixed inset-0 z-40 md:hidden" role="dialog" aria-modal="true" aria-label={t("sections")}>
          <button type="button" aria-label={t("closeMenu")} className="absolute inset-0 bg-zinc-950/50" onClick={() => setOpen(false)} />
          <div id="mobile-menu" className="absolute inset-y-0 left-0 flex w-64 max-w-[85vw] flex-col overflow-y-auto bg-zinc-50 px-3 py-4 shadow-xl dark:bg-zinc-900">
            <button type="button" onClick={() => setOpen(false)} className="mb-3 self-end rounded-md px-2 py-1 text-sm underline">{t("closeMenu")}</button>
            {children}
          </div>
        </div>
      ) : null}
    </>
  );
}
