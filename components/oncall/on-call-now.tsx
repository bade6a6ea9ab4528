import type { OnCallView } from "@/lib/server/oncall/get-on-call";
import { teamTime } from "./team-time";

const byLabels = { rotation: "by the rotation", override: "by an override", nobody: "" } as const;

/** Who answers now, until when, and who takes over. */
export function OnCallNow({ view }: { view: OnCallView }) {
  const { current, next, timeZone } = view;
  return (
    <section aria-labelledby="on-call-now" className="grid gap-3 sm:grid-cols-2">
      <h2 id="on-call-now" className="sr-only">On call now and next</h2>
      <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40" data-testid="on-call-now">
        <p className="text-xs uppercase tracking-wide text-zinc-500">On call now</p>
        <p className="text-lg font-semibold">{current.name ?? "Nobody: escalations remind all admins at the last level"}</p>
        {current.userId ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{byLabels[current.by]}, until {teamTime(current.until, timeZone)}</p> : null}
      </div>
      <div className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="on-call-next">
        <p className="text-xs uppercase tracking-wide text-zinc-500">Next</p>
        <p className="text-lg font-semibold">{next.name ?? "Nobody else"}</p>
        {next.userId ? <p className="text-sm text-zinc-600 dark:text-zinc-400">from {teamTime(next.from, timeZone)}</p> : null}
      </div>
      <p className="text-xs text-zinc-500 sm:col-span-2">Times are the team&apos;s ({timeZone}).</p>
    </section>
  );
}
