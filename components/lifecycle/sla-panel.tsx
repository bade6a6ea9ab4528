import { formatDateTime, formatDuration } from "@/lib/format";
import type { SlaClock } from "@/lib/domain/sla";

function Clock({ label, clock }: { label: string; clock: SlaClock }) {
  const state = clock.metAt ? (clock.breached ? "met late" : "met") : clock.breached ? "breached" : "running";
  const tone = clock.breached ? "text-rose-700 dark:text-rose-400 font-semibold" : clock.metAt ? "text-emerald-700 dark:text-emerald-400" : "";
  return (
    <div className="flex justify-between gap-3 py-1.5" data-sla={state}>
      <dt className="text-zinc-500">{label}</dt>
      <dd className={`text-right ${tone}`} title={`due ${formatDateTime(clock.dueAt)}`}>
        {state === "running" ? `${formatDuration(clock.remainingMs)} left` : state === "breached" ? `breached by ${formatDuration(-clock.remainingMs)}` : state}
      </dd>
    </div>
  );
}

/** The ticket's two service-level clocks, from registration to assignment and to solution. */
export function SlaPanel({ sla }: { sla: { assignment: SlaClock; solution: SlaClock } }) {
  return (
    <dl aria-label="SLA" className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white px-3 text-xs dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      <Clock label="SLA: assignment" clock={sla.assignment} />
      <Clock label="SLA: solution" clock={sla.solution} />
    </dl>
  );
}
