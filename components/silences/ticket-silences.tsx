"use client";

import { expireSilenceAction } from "@/lib/actions/silences";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { TicketSilences as Data } from "@/lib/server/silences/get-ticket-silences";
import { ExtendSilenceForm, SilenceTicketForm } from "./silence-form";

const kindLabels = { ticket: "From this ticket", maintenance: "Maintenance window", alertmanager: "Made in Alertmanager" } as const;
const stateLabels = { active: "Active", pending: "Planned", recorded: "As Vigie recorded it" } as const;

/** The ticket's silences in Alertmanager and their expiry; silence, extend and expire for those who may. */
export function TicketSilences({ data }: { data: Data }) {
  return (
    <section aria-labelledby="silences" className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900" data-testid="silences">
      <h2 id="silences" className="font-medium">Silences</h2>
      {data.unreachable ? <Notice tone="warning">{data.unreachable}</Notice> : null}
      <ul className="space-y-2">
        {data.entries.map((s) => (
          <li key={s.silenceId} data-silence-id={s.silenceId} data-kind={s.kind} data-state={s.state} className="space-y-0.5 border-b border-zinc-100 pb-2 last:border-0 dark:border-zinc-800">
            <div className="font-medium">{kindLabels[s.kind]} · {stateLabels[s.state]}</div>
            {s.state === "pending" ? <div>Starts {formatDateTime(s.startsAt)}</div> : null}
            <div>Ends <time dateTime={s.endsAt}>{formatDateTime(s.endsAt)}</time> ({formatRelative(s.endsAt)})</div>
            <div className="break-all font-mono text-zinc-600 dark:text-zinc-400">{s.matchers}</div>
            {s.kind !== "ticket" && s.comment ? <div className="text-zinc-600 dark:text-zinc-400">{s.comment}</div> : null}
            <div className="text-zinc-500">By {s.createdBy}{s.kind !== "ticket" ? ` · covers ${s.covered} alert(s)` : ""}</div>
            <div className="flex flex-wrap items-center gap-1">
              {s.canExtend && s.rowId ? <ExtendSilenceForm ticketSilenceId={s.rowId} /> : null}
              {s.canExpire && s.rowId ? (
                <ActionForm action={expireSilenceAction} showSuccess={false}>
                  {({ pending }) => (
                    <>
                      <input type="hidden" name="ticketSilenceId" value={s.rowId!} />
                      <Button type="submit" variant="ghost" disabled={pending}>Expire now</Button>
                    </>
                  )}
                </ActionForm>
              ) : null}
            </div>
          </li>
        ))}
        {data.entries.length === 0 ? <li className="text-zinc-500">No active silence.</li> : null}
      </ul>
      {data.pendingExpiry.map((p) => (
        <Notice key={p.silenceId} tone="warning">Closing the ticket did not expire silence {p.silenceId} yet (Alertmanager did not answer); Vigie retries every minute.</Notice>
      ))}
      {data.canSilence && data.target.ok ? (
        <>
          <SilenceTicketForm ticketId={data.ticketId} />
          <p className="break-all text-zinc-500">Matches <span className="font-mono">{data.target.matchers.join(" and ")}</span></p>
        </>
      ) : null}
      {data.canSilence && !data.target.ok ? <p className="text-zinc-500">{data.target.reason}</p> : null}
      {data.clustered ? <p className="text-zinc-500">A silence is created on one Alertmanager; its clustered peers share it by gossip.</p> : null}
    </section>
  );
}
