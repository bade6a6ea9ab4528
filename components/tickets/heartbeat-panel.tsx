import Link from "next/link";
import { formatDateTime, formatDuration, formatRelative } from "@/lib/format";
import type { HeartbeatView } from "@/lib/server/alerts/get-heartbeat";

/** The alerting pipeline's pulse (risk R1), shown where the team looks first. */
export function HeartbeatPanel({ heartbeat, now }: { heartbeat: HeartbeatView; now: Date }) {
  const tone = heartbeat.late
    ? "border-rose-300 bg-rose-50 dark:border-rose-900 dark:bg-rose-950/40"
    : "border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";
  return (
    <section aria-label="Alerting heartbeat" data-testid="heartbeat" data-late={heartbeat.late} className={`flex flex-wrap items-center gap-x-6 gap-y-1 rounded-lg border px-3 py-2 text-xs ${tone}`}>
      <span className="flex items-center gap-2 font-medium">
        <span className={`h-2.5 w-2.5 rounded-full ${heartbeat.late ? "animate-pulse bg-rose-500" : heartbeat.lastSeenAt ? "bg-emerald-500" : "bg-zinc-400"}`} aria-hidden />
        Heartbeat {heartbeat.late ? "late" : heartbeat.lastSeenAt ? "on time" : "not received yet"}
      </span>
      <span title={formatDateTime(heartbeat.lastSeenAt)}>
        Last seen: {heartbeat.lastSeenAt ? formatRelative(heartbeat.lastSeenAt, now) : "never"}
      </span>
      <span title={formatDateTime(heartbeat.nextExpectedAt)}>Next expected: {formatRelative(heartbeat.nextExpectedAt, now)}</span>
      <span className="text-zinc-500">
        {heartbeat.matcher} every {formatDuration(heartbeat.periodMs)} + {formatDuration(heartbeat.graceMs)} grace
      </span>
      {heartbeat.incidentTicketId ? (
        <Link className="font-medium text-rose-700 underline dark:text-rose-400" href={`/tickets/${heartbeat.incidentTicketId}`}>
          Open incident
        </Link>
      ) : null}
    </section>
  );
}
