"use client";

import { addRemediationActionAction, updateRemediationActionAction } from "@/app/(app)/tickets/[id]/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { compactInputClass, Field, Input, Select } from "@/components/ui/field";
import type { TicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";
import { remediationActionSchema } from "@/lib/validations/lifecycle";

const stateTone = { OPEN: "text-amber-700 dark:text-amber-400", DONE: "text-emerald-700 dark:text-emerald-400", DEFERRED: "text-zinc-500" } as const;

/** Step 6: actions that keep the incident from coming back; closure waits for each to be done or deferred. */
export function RemediationPanel({ workspace, actorId, isAdmin }: { workspace: TicketWorkspace; actorId: string; isAdmin: boolean }) {
  const { ticket } = workspace;
  if (ticket.remediation.length === 0 && !workspace.canAddRemediation) return null;
  return (
    <section aria-labelledby="remediation" className="space-y-2">
      <h2 id="remediation" className="font-medium">Remediation</h2>
      <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900" data-testid="remediation">
        {ticket.remediation.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <div>
              <div className="font-medium">{r.title}</div>
              <div className="text-xs text-zinc-500">
                {r.owner.name}{r.dueDate ? ` · due ${new Date(r.dueDate).toISOString().slice(0, 10)}` : ""} · <span className={stateTone[r.state]}>{r.state.toLowerCase()}</span>
                {r.deferReason ? ` — ${r.deferReason}` : ""}
              </div>
            </div>
            {(isAdmin || r.owner.id === actorId) && ticket.step !== "CLOSURE" ? (
              <ActionForm action={updateRemediationActionAction} className="flex items-center gap-2" showSuccess={false}>
                {({ pending }) => (
                  <>
                    <input type="hidden" name="actionId" value={r.id} />
                    <select name="state" defaultValue={r.state} aria-label={`State of ${r.title}`} className={`${compactInputClass} w-28`}>
                      <option value="OPEN">open</option>
                      <option value="DONE">done</option>
                      <option value="DEFERRED">deferred</option>
                    </select>
                    <input name="deferReason" placeholder="reason if deferred" aria-label={`Reason for deferring ${r.title}`} defaultValue={r.deferReason ?? ""} className={`${compactInputClass} w-44`} />
                    <Button variant="secondary" type="submit" disabled={pending}>Update</Button>
                  </>
                )}
              </ActionForm>
            ) : null}
          </li>
        ))}
        {ticket.remediation.length === 0 ? <li className="px-3 py-2 text-zinc-500">No action yet.</li> : null}
      </ul>
      {workspace.canAddRemediation ? (
        <ActionForm action={addRemediationActionAction} schema={remediationActionSchema} className="grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end" resetOnSuccess showSuccess={false}>
          {({ errors, pending }) => (
            <>
              <input type="hidden" name="ticketId" value={ticket.id} />
              <Field label="New action" name="title" errors={errors.title}><Input name="title" errors={errors.title} /></Field>
              <Field label="Owner" name="ownerId" errors={errors.ownerId}>
                <Select name="ownerId" defaultValue="">
                  <option value="">Choose…</option>
                  {workspace.assignable.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                </Select>
              </Field>
              <Field label="Due" name="dueDate" errors={errors.dueDate}><Input name="dueDate" type="date" errors={errors.dueDate} /></Field>
              <Button type="submit" variant="secondary" disabled={pending}>Add</Button>
            </>
          )}
        </ActionForm>
      ) : null}
    </section>
  );
}
