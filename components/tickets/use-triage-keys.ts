"use client";

import { useEffect, useRef } from "react";

export type TriageKeys = { move: (delta: 1 | -1) => void; open: () => void; toggle: () => void; search: () => void; help: () => void; escape: (event: KeyboardEvent) => void };

/**
 * The ticket list's keys: j/k, Enter, x, /, ?, Esc. Not in a text field or with a modifier, and never the key
 * right after "g": that one is the section shortcut of components/shell/nav.tsx (g x is REX, g k API tokens).
 */
export function useTriageKeys(keys: TriageKeys) {
  const current = useRef(keys);
  useEffect(() => {
    current.current = keys;
  });
  useEffect(() => {
    let afterG = 0;
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "Escape") return current.current.escape(event);
      if (target?.closest("input:not([type=checkbox]), textarea, select, [contenteditable], [role=dialog]")) return;
      if (Date.now() - afterG < 1_500) {
        afterG = 0;
        return;
      }
      const k = current.current;
      const actions: Record<string, () => void> = { j: () => k.move(1), k: () => k.move(-1), x: k.toggle, "/": k.search, "?": k.help };
      if (event.key === "g") afterG = Date.now();
      else if (event.key === "Enter" && !target?.closest("a, button")) k.open();
      else if (actions[event.key]) {
        event.preventDefault();
        actions[event.key]!();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
