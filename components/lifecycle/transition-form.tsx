"use client";

import type { ReactNode } from "react";
import { transitionAction } from "@/app/(app)/tickets/[id]/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { Action } from "@/lib/domain/lifecycle/transitions";
import { transitionRequestSchema } from "@/lib/validations/lifecycle";

/** One lifecycle action: the form carries the ticket's version, so a stale page cannot overwrite a newer state. */
export function TransitionForm({ ticketId, version, action, label, variant = "primary", children }: {
  ticketId: string;
  version: number;
  action: Action;
  label: string;
  variant?: ButtonVariant;
  children?: (errors: Record<string, string[]>) => ReactNode;
}) {
  return (
    <ActionForm action={transitionAction} schema={transitionRequestSchema} className="space-y-2" showSuccess={false}>
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="ticketId" value={ticketId} />
          <input type="hidden" name="action" value={action} />
          <input type="hidden" name="version" value={version} />
          {children?.(errors)}
          <Button type="submit" variant={variant} disabled={pending}>{pending ? "Saving…" : label}</Button>
        </>
      )}
    </ActionForm>
  );
}
