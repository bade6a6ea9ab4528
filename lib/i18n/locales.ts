// The languages Vigie speaks, and how a request's language is chosen. Client-safe and pure.
export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];

/** Remembers the choice of someone not signed in (the sign-in page); signed-in people keep theirs on their account. */
export const LOCALE_COOKIE = "vigie-locale";

export const localeNames: Record<Locale, string> = { en: "English", fr: "Français" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The best of the browser's languages we speak (`fr-CA,fr;q=0.9,en;q=0.8` → fr), or null. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((l) => l.language).find(isLocale) ?? null;
}

/** The person's own setting, else the remembered choice, else the browser's languages, else the default. */
export function resolveLocale(input: { user?: string | null; cookie?: string | null; acceptLanguage?: string | null; fallback: Locale }): Locale {
  if (isLocale(input.user)) return input.user;
  if (isLocale(input.cookie)) return input.cookie;
  return fromAcceptLanguage(input.acceptLanguage) ?? input.fallback;
}
