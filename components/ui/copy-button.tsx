"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "./button";

type Outcome = "idle" | "copied" | "selected";

// Selects the element's text, so that a browser refusing the clipboard (plain http, a denied permission) still
// leaves one keystroke to copy it.
function selectText(id: string): boolean {
  const element = document.getElementById(id);
  const selection = window.getSelection();
  if (!element || !selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Copies `text`; `targetId` is the element showing it, selected when the clipboard is refused. */
export function CopyButton({ text, targetId, label }: { text: string; targetId: string; label: string }) {
  const t = useTranslations("common.copy");
  const [outcome, setOutcome] = useState<Outcome>("idle");
  useEffect(() => {
    if (outcome === "idle") return;
    const timer = setTimeout(() => setOutcome("idle"), 4_000);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      setOutcome(selectText(targetId) ? "selected" : "idle");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy} aria-controls={targetId}>{label}</Button>
      <span role="status" className="text-xs text-zinc-700 dark:text-zinc-300">
        {outcome === "copied" ? t("copied") : outcome === "selected" ? t("selected") : ""}
      </span>
    </span>
  );
}
