// The languages Vigie speaks and how a browser's are ranked, in plain JavaScript: scripts/lib/page-cache.mjs
// (which runs outside the Next bundle, in scripts/server.mjs) chooses a visitor's language with them, exactly as
// the app does (lib/i18n/locales.ts).
export const LOCALES = ["en", "fr"];

/** Remembers the choice of someone not signed in (the sign-in page); signed-in people keep theirs on their account. */
export const LOCALE_COOKIE = "vigie-locale";

/** An Accept-Language header's languages, best first (`fr-CA,fr;q=0.9,en;q=0.8` → fr, fr, en); its first 500 characters. */
export function rankedLanguages(header) {
  if (!header) return [];
  return String(header)
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.language);
}
