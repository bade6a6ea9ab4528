import { getLocale, getTranslations } from "next-intl/server";
import type { OnCallView } from "@/lib/server/oncall/get-on-call";
import { teamTime } from "./team-time";

/** Who answers now, until when, and who takes over. */
export async function OnCallNow({ view }: { view: OnCallView }) {
  const { current, next, timeZone } = view;
  const [t, locale] = await Promise.all([getTranslations("oncall"), getLocale()]);
  return (
    <section aria-labelledby="on-call-now" className="grid gap-3 sm:grid-cols-2">
      <h2 id="on-call-now" className="sr-only">{t("now.heading")}</h2>
      <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40" data-testid="on-call-now">
        <p className="text-xs uppercase tracking-wide text-zinc-500">{t("now.now")}</p>
        <p className="text-lg font-semibold">{current.name ?? t("now.nobody")}</p>
        {current.userId ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t(`now.until.${current.by}`, { until: teamTime(current.until, timeZone, locale) })}</p> : null}
      </div>
      <div className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="on-call-next">
        <p className="text-xs uppercase tracking-wide text-zinc-500">{t("now.next")}</p>
        <p className="text-lg font-semibold">{next.name ?? t("now.nobodyElse")}</p>
        {next.userId ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("now.from", { from: teamTime(next.from, timeZone, locale) })}</p> : null}
      </div>
      <p className="text-xs text-zinc-500 sm:col-span-2">{t("now.zone", { timeZone })}</p>
    </section>
  );
}
