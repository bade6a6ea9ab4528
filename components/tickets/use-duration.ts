import { useTranslations } from "next-intl";

/** "2 h 5 min", "3 d": a duration in the person's language (minutes under an hour, hours under two days). */
export function useDuration() {
  const t = useTranslations("tickets.duration");
  return (ms: number) => {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 60) return t("minutes", { minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return minutes % 60 ? t("hoursMinutes", { hours, minutes: minutes % 60 }) : t("hours", { hours });
    return t("days", { days: Math.round(hours / 24) });
  };
}
