"use client";

import { changeRoleAction, resetPasswordAction, setActiveAction } from "@/app/(app)/admin/users/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { compactInputClass } from "@/components/ui/field";
import { roleLabels, roles } from "@/lib/auth/roles";
import type { UserRow } from "@/lib/server/users/list-users";
import { OneTimePassword } from "./one-time-password";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function UsersTable({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left">
        <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800">
          <tr>
            <th className="px-3 py-2 font-medium">Person</th>
            <th className="px-3 py-2 font-medium">Role</th>
            <th className="px-3 py-2 font-medium">Last sign-in</th>
            <th className="px-3 py-2 font-medium">Access</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-${user.email}`} className={user.active ? "" : "opacity-60"}>
              <td className="px-3 py-2 align-top">
                <div className="font-medium">{user.name}{user.id === currentUserId ? <span className="ml-1 text-xs text-zinc-500">(you)</span> : null}</div>
                <div className="text-xs text-zinc-500">{user.email}</div>
              </td>
              <td className="px-3 py-2 align-top">
                <ActionForm action={changeRoleAction} className="flex items-start gap-2" showSuccess={false}>
                  {({ pending }) => (
                    <>
                      <input type="hidden" name="userId" value={user.id} />
                      <select name="role" defaultValue={user.role} aria-label={`Role of ${user.email}`} className={`${compactInputClass} w-40`}>
                        {roles.map((r) => (
                          <option key={r} value={r}>{roleLabels[r]}</option>
                        ))}
                      </select>
                      <Button variant="secondary" type="submit" disabled={pending}>Save</Button>
                    </>
                  )}
                </ActionForm>
              </td>
              <td className="px-3 py-2 align-top text-zinc-600 dark:text-zinc-400">
                {user.lastSignInAt ? dateFormat.format(user.lastSignInAt) : "never"}
              </td>
              <td className="space-y-2 px-3 py-2 align-top">
                <div className="flex flex-wrap gap-2">
                  <ActionForm action={setActiveAction} showSuccess={false}>
                    {({ pending }) => (
                      <>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="active" value={user.active ? "false" : "true"} />
                        <Button variant={user.active ? "secondary" : "primary"} type="submit" disabled={pending}>
                          {user.active ? "Deactivate" : "Reactivate"}
                        </Button>
                      </>
                    )}
                  </ActionForm>
                  <ActionForm action={resetPasswordAction} showSuccess={false}>
                    {({ pending, state }) => (
                      <>
                        <input type="hidden" name="userId" value={user.id} />
                        <Button variant="secondary" type="submit" disabled={pending}>Reset password</Button>
                        {state?.ok && state.data ? <div className="mt-2"><OneTimePassword password={(state.data as { password: string }).password} /></div> : null}
                      </>
                    )}
                  </ActionForm>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
