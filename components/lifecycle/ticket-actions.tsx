"use client";

import { Field, inputClass, Select } from "@/components/ui/field";
import { categories } from "@/lib/domain/alerts/mapping";
import { stepInfo } from "@/lib/domain/lifecycle/steps";
import { levelLabels, levels } from "@/lib/domain/priority";
import { roleLabels } from "@/lib/auth/roles";
import type { TicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";
import { TransitionForm } from "./transition-form";

const textarea = `${inputClass} min-h-20`;

/** Only the transitions this person may perform at this step; their labels come from the transition table. */
export function TicketActions({ workspace }: { workspace: TicketWorkspace }) {
  const { ticket, transitions } = workspace;
  if (transitions.length === 0) return null;
  const common = { ticketId: ticket.id, version: ticket.version };
  return (
    <section aria-labelledby="next-step" className="space-y-4 rounded-lg border border-sky-200 bg-sky-50/60 p-4 dark:border-sky-900 dark:bg-sky-950/30" data-testid="ticket-actions">
      <h2 id="next-step" className="font-medium">Next: {stepInfo[ticket.step].state}</h2>
      {transitions.includes("classify") ? (
        <TransitionForm {...common} transition="classify">
          {(errors) => (
            <div className="grid gap-2 sm:grid-cols-3">
              <Field label="Impact" name="impact" errors={errors.impact}>
                <Select name="impact" defaultValue={ticket.impact ?? 3}>{levels.map((l) => <option key={l} value={l}>{levelLabels[l]}</option>)}</Select>
              </Field>
              <Field label="Urgency" name="urgency" errors={errors.urgency}>
                <Select name="urgency" defaultValue={ticket.urgency}>{levels.map((l) => <option key={l} value={l}>{levelLabels[l]}</option>)}</Select>
              </Field>
              <Field label="Category" name="category" errors={errors.category}>
                <Select name="category" defaultValue={ticket.category ?? "OTHER"}>{categories.map((c) => <option key={c} value={c}>{c.toLowerCase()}</option>)}</Select>
              </Field>
              <div className="sm:col-span-3">
                <Field label="Affected services (comma-separated)" name="affectedServices" errors={errors.affectedServices}>
                  <input id="affectedServices" name="affectedServices" defaultValue={ticket.affectedServices.join(", ")} className={inputClass} />
                </Field>
              </div>
            </div>
          )}
        </TransitionForm>
      ) : null}
      {transitions.includes("assign") ? (
        <TransitionForm {...common} transition="assign" again={ticket.assigneeId !== null}>
          {(errors) => (
            <Field label="Treated by" name="assigneeId" errors={errors.assigneeId}>
              <Select name="assigneeId" defaultValue={ticket.assigneeId ?? ""}>
                <option value="">Choose…</option>
                {workspace.assignable.map((p) => <option key={p.id} value={p.id}>{p.name} ({roleLabels[p.role].toLowerCase()})</option>)}
              </Select>
            </Field>
          )}
        </TransitionForm>
      ) : null}
      {transitions.includes("recordSolution") ? (
        <TransitionForm {...common} transition="recordSolution">
          {(errors) => (
            <Field label="Solution" name="solution" errors={errors.solution}>
              <textarea id="solution" name="solution" defaultValue={ticket.solution ?? ""} className={textarea} />
            </Field>
          )}
        </TransitionForm>
      ) : null}
      {transitions.includes("requestValidation") ? <TransitionForm {...common} transition="requestValidation" /> : null}
      {transitions.includes("approve") ? (
        <div className="space-y-1">
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Quorum: {workspace.quorum.policy.toLowerCase()} — {workspace.quorum.approvals} of {Number.isFinite(workspace.quorum.needed) ? workspace.quorum.needed : "—"} approvals.
          </p>
          <TransitionForm {...common} transition="approve" />
        </div>
      ) : null}
      {transitions.includes("refuse") ? (
        <TransitionForm {...common} transition="refuse" variant="danger">
          {(errors) => (
            <Field label="Why is it refused?" name="reason" errors={errors.reason}>
              <textarea id="reason" name="reason" className={textarea} />
            </Field>
          )}
        </TransitionForm>
      ) : null}
      {transitions.includes("close") ? (
        <TransitionForm {...common} transition="close">
          {(errors) => (
            <Field label="Closing note" name="note" errors={errors.note}>
              <textarea id="note" name="note" className={textarea} />
            </Field>
          )}
        </TransitionForm>
      ) : null}
      {transitions.includes("closeAsDuplicate") ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">The same incident as another ticket?</summary>
          <div className="mt-2">
            <TransitionForm {...common} transition="closeAsDuplicate" variant="secondary">
              {(errors) => (
                <Field label="Duplicate of ticket" name="duplicateOf" errors={errors.duplicateOf}>
                  <input id="duplicateOf" name="duplicateOf" placeholder="#12" className={`${inputClass} max-w-40`} />
                </Field>
              )}
            </TransitionForm>
          </div>
        </details>
      ) : null}
      {transitions.includes("reopen") ? (
        <TransitionForm {...common} transition="reopen" variant="secondary">
          {(errors) => (
            <Field label="Why reopen it?" name="reason" errors={errors.reason}>
              <textarea id="reason" name="reason" className={textarea} />
            </Field>
          )}
        </TransitionForm>
      ) : null}
    </section>
  );
}
