import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { messages } from "@/messages";
import { currentActor } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { teamTimeZone } from "@/lib/i18n/time-zone";

// next-intl's per-request configuration: the language (the person's setting, the remembered choice, the
// browser's, the default) and the team's time zone, for every Server and Client Component.
export default getRequestConfig(async () => {
  const [actor, jar, list] = await Promise.all([currentActor().catch(() => null), cookies(), headers()]);
  const locale = resolveLocale({ user: actor?.locale, cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: list.get("accept-language"), fallback: env().VIGIE_DEFAULT_LOCALE });
  return { locale, messages: messages[locale], timeZone: await teamTimeZone() };
});
