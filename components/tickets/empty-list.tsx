import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * No ticket on screen: either the filters hide them all, or Vigie has none yet — then how tickets come in:
 * Alertmanager's webhook with a token (Admin → API tokens), or someone reporting an incident.
 */
export function EmptyList({ filtered, canConnect }: { filtered: boolean; canConnect: boolean }) {
  const t = useTranslations("tickets.empty");
  const link = "text-sky-700 underline dark:text-sky-400";
  if (filtered) return <p data-testid="empty-list">{t("filtered")}</p>;
  return (
    <div className="mx-auto max-w-xl space-y-2 text-left text-sm text-zinc-700 dark:text-zinc-300" data-testid="empty-list">
      <p className="font-medium">{t("title")}</p>
      <p>{t("alertmanager")}</p>
      <p>
        {canConnect
          ? t.rich("how.connect", { tokens: (chunks) => <Link className={link} href="/admin/tokens">{chunks}</Link> })
          : t("askAdmin")}
      </p>
      <p>{t.rich("report", { report: (chunks) => <Link className={link} href="/tickets/new">{chunks}</Link> })}</p>
    </div>
  );
}
