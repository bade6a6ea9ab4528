import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { HeartbeatView } from "@/lib/server/alerts/get-heartbeat";
import { useDuration } from "./use-duration";

/** The alerting pipeline's pulse (risk R1), shown where the team looks first. */
export function HeartbeatPanel({ heartbeat, now }: { heartbeat: HeartbeatView; now: Date }) {
  const t = useTranslations("tickets.heartbeat");
  const format = useFormatter();
  const duration = useDuration();
  const when = (d: Date | string | null) => (d ? format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "medium" }) : "—");
  const tone = heartbeat.late
    ? "border-rose-300 bg-rose-50 dark:border-rose-900 dark:bg-rose-950/40"
    : "border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";
  return (
    <section aria-label={t("label")} data-testid="heartbeat" data-late={heartbeat.late} className={`flex flex-wrap items-center gap-x-6 gap-y-1 rounded-lg border px-3 py-2 text-xs ${tone}`}>
      <span className="flex items-center gap-2 font-medium">
        <span className={`h-2.5 w-2.5 rounded-full ${heartbeat.late ? "animate-pulse bg-rose-500" : heartbeat.lastSeenAt ? "bg-emerald-500" : "bg-zinc-400"}`} aria-hidden />
        {heartbeat.late ? t("late") : heartbeat.lastSeenAt ? t("onTime") : t("notYet")}
      </span>
      <span title={when(heartbeat.lastSeenAt)}>{t("lastSeen", { when: heartbeat.lastSeenAt ? format.relativeTime(new Date(heartbeat.lastSeenAt), now) : t("never") })}</span>
      <span title={when(heartbeat.nextExpectedAt)}>{t("nextExpected", { when: format.relativeTime(new Date(heartbeat.nextExpectedAt), now) })}</span>
      <span className="break-all text-zinc-600 dark:text-zinc-400">{t("every", { matcher: heartbeat.matcher, period: duration(heartbeat.periodMs), grace: duration(heartbeat.graceMs) })}</span>
      {heartbeat.incidentTicketId ? (
        <Link className="font-medium text-rose-700 underline dark:text-rose-400" href={`/tickets/${heartbeat.incidentTicketId}`}>{t("incident")}</Link>
      ) : null}
    </section>
  );
}
