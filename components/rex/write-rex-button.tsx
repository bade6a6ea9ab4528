"use client";

import { useTranslations } from "next-intl";
import { createRexFromTicketAction } from "@/lib/actions/rex";
import { ActionForm } from "@/components/ui/action-form";
import { Button, type ButtonVariant } from "@/components/ui/button";

/** On a closed ticket: draft its REX from its history (or open the one already written). */
export function WriteRexButton({ ticketId, exists, variant = "secondary" }: { ticketId: string; exists: boolean; variant?: ButtonVariant }) {
  const t = useTranslations("rex.writeButton");
  return (
    <ActionForm action={createRexFromTicketAction} showSuccess={false}>
      {({ pending }) => (
        <>
          <input type="hidden" name="ticketId" value={ticketId} />
          <Button type="submit" variant={variant} disabled={pending}>{exists ? t("open") : t("write")}</Button>
        </>
      )}
    </ActionForm>
  );
}
