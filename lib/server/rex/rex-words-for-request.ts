import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { rexWords } from "@/lib/i18n/rex-words";
import { teamTimeZone } from "@/lib/i18n/time-zone";

/** The REX's words for whoever asked: their language (as every page picks it), the team's time zone. */
export async function rexWordsForRequest() {
  const [locale, timeZone] = await Promise.all([getLocale(), teamTimeZone()]);
  return rexWords(isLocale(locale) ? locale : "en", timeZone);
}
