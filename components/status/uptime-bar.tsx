import { useFormatter, useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import { historyRuns, type History } from "@/lib/domain/status/uptime";
import { stateDot } from "./state-style";

// One element per run of days in one state (a few per service, not 90): the page is what everyone loads during
// an outage. Each run is as wide as its days, with a thin line between days drawn by its background.
const dayLines = "bg-[repeating-linear-gradient(90deg,transparent_0_calc(100%/var(--days)-1px),var(--gap)_calc(100%/var(--days)-1px)_calc(100%/var(--days)))] [--gap:var(--color-white)] dark:[--gap:var(--color-zinc-900)]";

/** The last 90 days of one service, oldest on the left; each run of days says its dates and state. */
export function UptimeBar({ name, history }: { name: string; history: History }) {
  const t = useTranslations("status");
  const format = useFormatter();
  const date = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div>
      <ol aria-label={t("historyOf", { service: name })} className="flex h-7 items-stretch">
        {historyRuns(history.days).map((run) => {
          const values = { date: date(run.from), from: date(run.from), to: date(run.to), state: t(`states.${run.state}`), minutes: run.downMinutes };
          const label = run.days === 1 ? (run.downMinutes > 0 ? t("dayDown", values) : t("day", values)) : run.downMinutes > 0 ? t("periodDown", values) : t("period", values);
          return (
            <li key={run.from} title={label} style={{ flexGrow: run.days, "--days": run.days } as CSSProperties} className={`min-w-0 basis-0 ${stateDot[run.state]} ${dayLines}`}>
              <span className="sr-only">{label}</span>
            </li>
          );
        })}
      </ol>
      <div className="mt-1 flex justify-between text-xs text-zinc-500">
        <span>{t("daysAgo", { days: history.days.length })}</span>
        <span>{history.uptimePercent === null ? t("noUptime") : t("uptime", { percent: format.number(history.uptimePercent, { maximumFractionDigits: 2 }) })}</span>
        <span>{t("today")}</span>
      </div>
    </div>
  );
}
