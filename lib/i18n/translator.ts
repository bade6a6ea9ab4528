import { createTranslator } from "next-intl";
import { messages } from "@/messages";
import type { Locale } from "./locales";

/**
 * Messages outside a page or an action (emails sent by a background job, the REX PDF and Markdown): the same
 * files, in the language of whoever reads it. `format` formats dates in the team's time zone.
 */
export function translatorFor(locale: Locale, timeZone = "Europe/Paris") {
  const t = createTranslator({ locale, messages: messages[locale], timeZone });
  const dateTime = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return { t, formatDateTime: (value: Date | string) => dateTime.format(new Date(value)) };
}
