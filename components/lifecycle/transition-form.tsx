"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { transitionAction } from "@/lib/actions/tickets";
import { ActionForm } from "@/components/ui/action-form";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { TransitionName } from "@/lib/domain/lifecycle/transitions";
import { transitionRequestSchema } from "@/lib/validations/lifecycle";

/**
 * One transition: the form carries the ticket's version, so a stale page cannot overwrite a newer state (the
 * refusal refreshes the page at once: see ActionForm). Its button is messages' lifecycle.transitions.<name>.
 */
export function TransitionForm({ ticketId, version, transition, again = false, variant = "primary", children }: {
  ticketId: string;
  version: number;
  transition: TransitionName;
  /** Done before already (a ticket assigned once is reassigned): the `again` label. */
  again?: boolean;
  variant?: ButtonVariant;
  children?: (errors: Record<string, string[]>) => ReactNode;
}) {
  const t = useTranslations("tickets");
  const l = useTranslations("lifecycle");
  const label = again && transition === "assign" ? l("transitions.assign.again") : l(`transitions.${transition}.label`);
  return (
    <ActionForm action={transitionAction} schema={transitionRequestSchema} className="space-y-2" showSuccess={false}>
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="ticketId" value={ticketId} />
          <input type="hidden" name="transition" value={transition} />
          <input type="hidden" name="version" value={version} />
          {children?.(errors)}
          <Button type="submit" variant={variant} disabled={pending}>{pending ? t("actions.saving") : label}</Button>
        </>
      )}
    </ActionForm>
  );
}
