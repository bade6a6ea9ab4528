"use client";

import { addRexFollowUpAction, setRexFollowUpStateAction } from "@/app/(app)/rex/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { rexFollowUpSchema } from "@/lib/validations/rex";

type FollowUp = { id: string; title: string; state: "OPEN" | "DONE"; dueDate: Date | null; owner: { name: string } | null };

export function RexFollowUps({ rexId, followUps, people, canEdit }: { rexId: string; followUps: FollowUp[]; people: { id: string; name: string }[]; canEdit: boolean }) {
  return (
    <section aria-labelledby="follow-ups" className="space-y-2">
      <h2 id="follow-ups" className="font-medium">Follow-up actions</h2>
      <ul className="space-y-1">
        {followUps.map((f) => (
          <li key={f.id} className="flex flex-wrap items-center gap-2">
            <span className={f.state === "DONE" ? "text-zinc-500 line-through" : ""}>{f.title}</span>
            <span className="text-xs text-zinc-500">{f.owner?.name ?? "no owner"}{f.dueDate ? ` · due ${new Date(f.dueDate).toISOString().slice(0, 10)}` : ""}</span>
            {canEdit ? (
              <ActionForm action={setRexFollowUpStateAction} showSuccess={false}>
                {({ pending }) => (
                  <>
                    <input type="hidden" name="followUpId" value={f.id} />
                    <input type="hidden" name="done" value={f.state === "DONE" ? "false" : "true"} />
                    <Button variant="ghost" type="submit" disabled={pending}>{f.state === "DONE" ? "Reopen" : "Mark done"}</Button>
                  </>
                )}
              </ActionForm>
            ) : null}
          </li>
        ))}
        {followUps.length === 0 ? <li className="text-zinc-500">None.</li> : null}
      </ul>
      {canEdit ? (
        <ActionForm action={addRexFollowUpAction} schema={rexFollowUpSchema} className="grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end" resetOnSuccess showSuccess={false}>
          {({ errors, pending }) => (
            <>
              <input type="hidden" name="rexId" value={rexId} />
              <Field label="New follow-up action" name="title" errors={errors.title}><Input name="title" errors={errors.title} /></Field>
              <Field label="Owner" name="ownerId"><Select name="ownerId" defaultValue=""><option value="">Nobody yet</option>{people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</Select></Field>
              <Field label="Due" name="dueDate" errors={errors.dueDate}><Input name="dueDate" type="date" errors={errors.dueDate} /></Field>
              <Button type="submit" variant="secondary" disabled={pending}>Add</Button>
            </>
          )}
        </ActionForm>
      ) : null}
    </section>
  );
}
