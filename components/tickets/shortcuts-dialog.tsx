"use client";

import { useTranslations } from "next-intl";

/** The ticket list's keys, and the app's "g then a letter" (components/shell/nav.tsx), listed by "?". */
const listShortcuts = [
  ["j / k", "move"],
  ["enter", "open"],
  ["x", "select"],
  ["/", "search"],
  ["esc", "escape"],
  ["?", "help"],
  ["gThen", "go"],
] as const;

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("tickets.shortcutsDialog");
  const keyName = (keys: (typeof listShortcuts)[number][0]) => (keys === "enter" ? t("enter") : keys === "esc" ? t("esc") : keys === "gThen" ? t("gThen") : keys);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="w-full max-w-md rounded-lg bg-white p-4 shadow-lg dark:bg-zinc-900" onClick={(e) => e.stopPropagation()}>
        <h2 id="shortcuts-title" className="mb-3 font-medium">{t("title")}</h2>
        <dl className="space-y-1.5 text-sm">
          {listShortcuts.map(([keys, what]) => (
            <div key={keys} className="flex justify-between gap-4">
              <dt><kbd className="rounded border border-zinc-300 px-1.5 font-mono text-xs dark:border-zinc-700">{keyName(keys)}</kbd></dt>
              <dd className="text-right text-zinc-600 dark:text-zinc-400">{t(`keys.${what}`)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={onClose} className="mt-4 text-sm text-sky-700 underline dark:text-sky-400">{t("close")}</button>
      </div>
    </div>
  );
}
