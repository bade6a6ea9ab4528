import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/roles";
import { rolesFor, type Permission } from "@/lib/domain/permissions";

export async function Forbidden({ role, permission }: { role: Role; permission: Permission }) {
  const t = await getTranslations("shell");
  const who = rolesFor(permission).map((r) => t(`forbidden.who.${r}`));
  const list = who.length > 1 ? t("forbidden.and", { first: who.slice(0, -1).join(", "), second: who.at(-1)! }) : who[0]!;
  return (
    <div className="mx-auto mt-16 max-w-md text-center">
      <p className="text-xs font-semibold uppercase tracking-wider text-rose-700 dark:text-rose-400">{t("forbidden.kicker")}</p>
      <h1 className="mt-2 text-xl font-semibold">{t("forbidden.title")}</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t("forbidden.body", { who: list, role: t(`roles.${role}`).toLowerCase() })}</p>
      <Link href="/" className="mt-4 inline-block text-sky-700 hover:underline dark:text-sky-400">
        {t("forbidden.back")}
      </Link>
    </div>
  );
}
