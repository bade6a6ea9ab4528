import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";

/** The language Vigie speaks to this person, on every device they sign in from (emails included). */
export async function setOwnLocale({ actor, locale }: { actor: Actor; locale: Locale }) {
  if (actor.kind !== "user") return;
  await prisma.user.update({ where: { id: actor.id }, data: { locale } });
}
