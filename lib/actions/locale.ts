"use server";

import { cookies } from "next/headers";
import { currentActor } from "@/lib/auth/guard";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { setOwnLocale } from "@/lib/server/account/set-own-locale";

/** The language switch: anyone may choose (the sign-in page too); a signed-in person keeps it on their account. */
export async function setLocaleAction(locale: Locale): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 86_400 });
  const actor = await currentActor();
  if (actor) await setOwnLocale({ actor, locale });
}
