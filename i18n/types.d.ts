import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/messages";

// next-intl checks every key at compile time against the English messages.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
