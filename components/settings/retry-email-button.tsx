"use client";

import { useTranslations } from "next-intl";
import { retryEmailAction } from "@/lib/actions/emails";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

export function RetryEmailButton({ emailId }: { emailId: string }) {
  const t = useTranslations("admin");
  return (
    <ActionForm action={retryEmailAction} showSuccess={false}>
      {({ pending }) => (
        <>
          <input type="hidden" name="emailId" value={emailId} />
          <Button variant="secondary" type="submit" disabled={pending}>{t("emails.retry")}</Button>
        </>
      )}
    </ActionForm>
  );
}
