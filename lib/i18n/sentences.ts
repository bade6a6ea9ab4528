import { frSentences as fr } from "@/messages/fr/sentences";
import { fillSentence } from "@/lib/errors";
import type { Locale } from "./locales";

// Sentences the server writes (errors of use cases, validation messages shared by forms and server) are English
// in the code; messages/fr/sentences/*.json gives each its French, keyed by the English sentence itself, with the
// same {placeholders}. A test checks every such sentence in the code has its French (test/i18n/sentences.test.ts).
const catalogs: Record<Locale, Record<string, string>> = { en: {}, fr };

export function translateSentence(sentence: string, locale: Locale, values?: Record<string, string | number>): string {
  const translated = Object.hasOwn(catalogs[locale], sentence) ? catalogs[locale][sentence]! : sentence;
  return fillSentence(translated, values);
}

/** A form's field errors, each sentence translated (and filled with the error's values, if it has any). */
export function translateFieldErrors(errors: Record<string, string[]> | undefined, locale: Locale, values?: Record<string, string | number>): Record<string, string[]> | undefined {
  if (!errors) return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list.map((e) => translateSentence(e, locale, values))]));
}

/** Marks an English sentence written outside an AppError, a schema or a confirmation, so the catalog test finds it. */
export const sentence = (english: string): string => english;
