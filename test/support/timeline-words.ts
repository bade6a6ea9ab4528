import { translatorFor } from "@/lib/i18n/translator";
import type { TimelineWords } from "@/components/tickets/timeline-detail";

// The timeline's words as a page builds them, in UTC, for the tests of how events read.
const words = (locale: "en" | "fr"): TimelineWords => {
  const { t } = translatorFor(locale, "UTC");
  const format = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
  return { t, when: (value) => format.format(new Date(value)) };
};
export const englishWords = words("en");
export const frenchWords = words("fr");
