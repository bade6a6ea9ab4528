import type { Locale } from "@/lib/i18n/locales";
import enShell from "./en/shell.json";
import frShell from "./fr/shell.json";

// Every message, by language. One JSON file per area, under messages/<locale>/: translators edit those files;
// a test keeps the two languages' keys identical, and every key used (test/i18n/messages.test.ts).
// To add an area: create messages/en/<area>.json and messages/fr/<area>.json (one top-level key, the area's
// name), then import both below.
export const messages = {
  en: { ...enShell },
  fr: { ...frShell },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof messages)["en"];
