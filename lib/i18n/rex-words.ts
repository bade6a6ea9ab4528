import type { RexWords } from "@/lib/domain/rex/words";
import { eventLabel } from "@/lib/domain/timeline";
import type { Locale } from "./locales";
import { translatorFor } from "./translator";

/** The REX's words in one language, dates in the team's time zone (REX draft, Markdown, PDF). */
export function rexWords(locale: Locale, timeZone: string): RexWords {
  const { t, formatDateTime } = translatorFor(locale, timeZone);
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  const inZone = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone });
  const calendar = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  return {
    doc: (key, values) => t(`rex.doc.${key}`, values),
    draft: (key, values) => t(`rex.draft.${key}`, values),
    step: (step) => t(`lifecycle.steps.${step}.label`),
    // A type added since the messages were written reads in English rather than as its raw key.
    event: (type) => {
      const key = `lifecycle.events.${type}` as Parameters<typeof t.has>[0];
      return t.has(key) ? t(key) : eventLabel(type);
    },
    category: (category) => t(`lifecycle.categories.${category}`),
    dashboard: (uid) => t(`dashboards.titles.${uid}`),
    dateTime: formatDateTime,
    day: (value, isCalendarDay = false) => (isCalendarDay ? calendar : inZone).format(value),
    timeZone,
  };
}
