"use client";

import { publishRexAction } from "@/lib/actions/rex";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

export function PublishButton({ rexId }: { rexId: string }) {
  return (
    <ActionForm action={publishRexAction} showSuccess={false}>
      {({ pending }) => (
        <>
          <input type="hidden" name="rexId" value={rexId} />
          <Button type="submit" disabled={pending}>Publish</Button>
        </>
      )}
    </ActionForm>
  );
}
