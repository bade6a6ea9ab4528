"use client";

import { retryEmailAction } from "@/lib/actions/emails";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

export function RetryEmailButton({ emailId }: { emailId: string }) {
  return (
    <ActionForm action={retryEmailAction} showSuccess={false}>
      {({ pending }) => (
        <>
          <input type="hidden" name="emailId" value={emailId} />
          <Button variant="secondary" type="submit" disabled={pending}>Retry now</Button>
        </>
      )}
    </ActionForm>
  );
}
