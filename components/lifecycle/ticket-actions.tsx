"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Field, inputClass, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { TicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";
import { ClassifyFields } from "./classify-fields";
import { TransitionForm } from "./transition-form";

const textarea = `${inputClass} min-h-20`;

/**
 * The next-action box: what to do next at this step, then only the transitions this person may perform now.
 * At closure the REX is the main action (`main`), reopening a secondary one.
 */
export function TicketActions({ workspace, main }: { workspace: TicketWorkspace; main?: ReactNode }) {
  const t = useTranslations("tickets");
  const { ticket, transitions } = workspace;
  if (transitions.length === 0 && !main) return null;
  const common = { ticketId: ticket.id, version: ticket.version };
  const has = (name: (typeof transitions)[number]) => transitions.includes(name);
  const openMeasures = ticket.measures.filter((m) => m.state === "OPEN").length;
  return (
    <section aria-labelledby="next-step" className="space-y-4 rounded-lg border border-sky-200 bg-sky-50/60 p-4 dark:border-sky-900 dark:bg-sky-950/30" data-testid="ticket-actions">
      <div>
        <h2 id="next-step" className="font-medium">{t("next.title")}</h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="next-action">{t(`next.${ticket.step}`)}</p>
      </div>
      {main}
      {has("classify") ? <TransitionForm {...common} transition="classify">{(errors) => <ClassifyFields ticket={ticket} errors={errors} />}</TransitionForm> : null}
      {has("assign") ? (
        <TransitionForm {...common} transition="assign" again={ticket.assigneeId !== null}>
          {(errors) => (
            <Field label={t("actions.treatedBy")} name="assigneeId" errors={errors.assigneeId}>
              <Select name="assigneeId" defaultValue={ticket.assigneeId ?? ""}>
                <option value="">{t("actions.choose")}</option>
                {workspace.assignable.map((p) => <option key={p.id} value={p.id}>{t("actions.person", { name: p.name, role: t(`roles.${p.role}`) })}</option>)}
              </Select>
            </Field>
          )}
        </TransitionForm>
      ) : null}
      {has("recordSolution") ? (
        <TransitionForm {...common} transition="recordSolution">
          {(errors) => (
            <Field label={t("actions.solution")} name="solution" errors={errors.solution}>
              <textarea id="solution" name="solution" defaultValue={ticket.solution ?? ""} className={textarea} />
            </Field>
          )}
        </TransitionForm>
      ) : null}
      {has("requestValidation") ? <TransitionForm {...common} transition="requestValidation" /> : null}
      {has("approve") || has("refuse") ? (
        <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
          {has("approve") ? <TransitionForm {...common} transition="approve" /> : null}
          {has("refuse") ? (
            <div className="flex-1">
              <TransitionForm {...common} transition="refuse" variant="danger">
                {(errors) => (
                  <Field label={t("actions.refuseReason")} name="reason" errors={errors.reason}>
                    <textarea id="reason" name="reason" className={textarea} />
                  </Field>
                )}
              </TransitionForm>
            </div>
          ) : null}
        </div>
      ) : null}
      {has("close") ? (
        <>
          {openMeasures ? <Notice tone="warning">{t("actions.openMeasures", { count: openMeasures })}</Notice> : null}
          <TransitionForm {...common} transition="close">
            {(errors) => (
              <Field label={t("actions.closingNote")} name="note" errors={errors.note}>
                <textarea id="note" name="note" className={textarea} />
              </Field>
            )}
          </TransitionForm>
        </>
      ) : null}
      {has("closeAsDuplicate") ? (
        <Disclosure summary={t("actions.duplicateQuestion")}>
          <TransitionForm {...common} transition="closeAsDuplicate" variant="secondary">
            {(errors) => (
              <Field label={t("actions.duplicateOf")} name="duplicateOf" errors={errors.duplicateOf}>
                <input id="duplicateOf" name="duplicateOf" placeholder="#12" className={`${inputClass} max-w-40`} />
              </Field>
            )}
          </TransitionForm>
        </Disclosure>
      ) : null}
      {has("reopen") ? (
        <Disclosure summary={t("actions.reopenQuestion")} open={!main}>
          <TransitionForm {...common} transition="reopen" variant="secondary">
            {(errors) => (
              <Field label={t("actions.reopenReason")} name="reason" errors={errors.reason}>
                <textarea id="reason" name="reason" className={textarea} />
              </Field>
            )}
          </TransitionForm>
        </Disclosure>
      ) : null}
    </section>
  );
}

function Disclosure({ summary, open = false, children }: { summary: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="text-sm" open={open}>
      <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
