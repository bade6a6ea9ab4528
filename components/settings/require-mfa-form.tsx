"use client";

import { updateRequireAdminMfaAction } from "@/lib/actions/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

export function RequireMfaForm({ required }: { required: boolean }) {
  return (
    <ActionForm action={updateRequireAdminMfaAction} className="max-w-md space-y-3">
      {({ pending }) => (
        <>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="requireAdminMfa" defaultChecked={required} className="mt-1" />
            <span>
              <span className="font-medium">Require two-factor sign-in for admins</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">An admin without it sees only the enrolment until it is set up; it can no longer be turned off.</span>
            </span>
          </label>
          <Button type="submit" disabled={pending}>Save the sign-in policy</Button>
        </>
      )}
    </ActionForm>
  );
}
