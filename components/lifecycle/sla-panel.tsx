import { useFormatter, useTranslations } from "next-intl";
import type { SlaClock } from "@/lib/domain/sla";
import { useDuration } from "@/components/tickets/use-duration";

function Clock({ clock, name }: { clock: SlaClock; name: "assignment" | "solution" }) {
  const t = useTranslations("tickets.sla");
  const format = useFormatter();
  const duration = useDuration();
  const state = clock.metAt ? (clock.breached ? "metLate" : "met") : clock.breached ? "breached" : "running";
  const tone = clock.breached ? "text-rose-700 dark:text-rose-400 font-semibold" : clock.metAt ? "text-emerald-700 dark:text-emerald-400" : "";
  return (
    <div className="flex justify-between gap-3 py-1.5" data-sla={{ metLate: "met late", met: "met", breached: "breached", running: "running" }[state]}>
      <dt className="text-zinc-600 dark:text-zinc-400">{t(name)}</dt>
      <dd className={`text-right ${tone}`} title={t("due", { date: format.dateTime(new Date(clock.dueAt), { dateStyle: "medium", timeStyle: "short" }) })}>
        {state === "running" ? t("left", { duration: duration(clock.remainingMs) }) : state === "breached" ? t("breachedBy", { duration: duration(-clock.remainingMs) }) : t(state)}
      </dd>
    </div>
  );
}

/** The ticket's two service-level clocks, from registration to assignment and to solution. */
export function SlaPanel({ sla }: { sla: { assignment: SlaClock; solution: SlaClock } }) {
  const t = useTranslations("tickets.sla");
  return (
    <dl aria-label={t("label")} className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white px-3 text-xs dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      <Clock name="assignment" clock={sla.assignment} />
      <Clock name="solution" clock={sla.solution} />
    </dl>
  );
}
