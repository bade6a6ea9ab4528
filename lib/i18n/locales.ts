// The languages Vigie speaks, and how a request's language is chosen. Client-safe and pure.
import { LOCALE_COOKIE, LOCALES, rankedLanguages } from "./languages.mjs";

export { LOCALE_COOKIE };
export const locales = LOCALES;
export type Locale = (typeof locales)[number];

export const localeNames: Record<Locale, string> = { en: "English", fr: "Français" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The best of the browser's languages we speak (`fr-CA,fr;q=0.9,en;q=0.8` → fr), or null. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  return rankedLanguages(header).find(isLocale) ?? null;
}

/** The person's own setting, else the remembered choice, else the browser's languages, else the default. */
export function resolveLocale(input: { user?: string | null; cookie?: string | null; acceptLanguage?: string | null; fallback: Locale }): Locale {
  if (isLocale(input.user)) return input.user;
  if (isLocale(input.cookie)) return input.cookie;
  return fromAcceptLanguage(input.acceptLanguage) ?? input.fallback;
}
