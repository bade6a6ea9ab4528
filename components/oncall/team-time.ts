import type { Locale } from "@/lib/i18n/locales";

// Dates on the on-call page are read on the team's clock (hand-overs are set in it), with the zone named.
export function teamTime(value: Date | string | null, timeZone: string, locale: Locale | string = "en"): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(value));
}
