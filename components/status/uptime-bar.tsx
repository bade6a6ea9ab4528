import { useFormatter, useTranslations } from "next-intl";
import type { History } from "@/lib/domain/status/uptime";
import { stateDot } from "./state-style";

/** The last 90 days of one service, a cell a day, oldest on the left; each cell says its day and state. */
export function UptimeBar({ name, history }: { name: string; history: History }) {
  const t = useTranslations("status");
  const format = useFormatter();
  return (
    <div>
      <ol aria-label={t("historyOf", { service: name })} className="flex h-7 items-stretch gap-px">
        {history.days.map((day) => {
          const date = format.dateTime(new Date(`${day.date}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
          const state = t(`states.${day.state}`);
          const label = day.downMinutes > 0 ? t("dayDown", { date, state, minutes: day.downMinutes }) : t("day", { date, state });
          return (
            <li key={day.date} title={label} className={`min-w-0 flex-1 rounded-[1px] ${stateDot[day.state]}`}>
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
