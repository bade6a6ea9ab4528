"use client";

import { updateSelfAssignAction } from "@/lib/actions/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

export function SelfAssignForm({ allowed }: { allowed: boolean }) {
  return (
    <ActionForm action={updateSelfAssignAction} className="max-w-md space-y-3">
      {({ pending }) => (
        <>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="selfAssign" defaultChecked={allowed} className="mt-1" />
            <span>
              <span className="font-medium">Technicians may take an unassigned ticket for themselves</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">&quot;Take it&quot; on a classified or treated ticket nobody treats yet; admins still assign and reassign anyone.</span>
            </span>
          </label>
          <Button type="submit" disabled={pending}>Save the assignment policy</Button>
        </>
      )}
    </ActionForm>
  );
}
