"use client";

import { followUpAction } from "@/lib/actions/tickets";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { followUpSchema } from "@/lib/validations/lifecycle";

export function FollowUpForm({ ticketId }: { ticketId: string }) {
  return (
    <ActionForm action={followUpAction} schema={followUpSchema} className="space-y-2" resetOnSuccess showSuccess={false}>
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="ticketId" value={ticketId} />
          <Field label="Add a follow-up" name="body" errors={errors.body}>
            <textarea id="body" name="body" className={`${inputClass} min-h-16`} placeholder="What you checked, what you changed, what you saw." />
          </Field>
          <Button type="submit" variant="secondary" disabled={pending}>Add follow-up</Button>
        </>
      )}
    </ActionForm>
  );
}
