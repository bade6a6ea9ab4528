"use client";

import { useFormatter, useTranslations } from "next-intl";
import { changeRoleAction, resetMfaAction, resetPasswordAction, setActiveAction } from "@/lib/actions/users";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { compactInputClass } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { roles } from "@/lib/auth/roles";
import type { UserRow } from "@/lib/server/users/list-users";
import { OneTimePassword } from "./one-time-password";

export function UsersTable({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  const t = useTranslations("admin");
  const shell = useTranslations("shell");
  const format = useFormatter();
  return (
    <Table head={[t("users.head.person"), t("users.head.role"), t("users.head.lastSignIn"), t("users.head.access")]} small={false}>
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-${user.email}`} className={user.active ? "" : "opacity-60"}>
              <td className="px-3 py-2 align-top">
                <div className="font-medium">{user.name}{user.id === currentUserId ? <span className="ml-1 text-xs text-zinc-500">{t("users.you")}</span> : null}</div>
                <div className="text-xs text-zinc-500">{user.email}{user.authSource !== "local" ? t("users.fromDirectory", { source: user.authSource.replace(/^oidc:/, "") }) : ""}{user.mfaEnabledAt ? t("users.mfaOn") : ""}</div>
              </td>
              <td className="px-3 py-2 align-top">
                <ActionForm action={changeRoleAction} className="flex items-start gap-2" showSuccess={false}>
                  {({ pending }) => (
                    <>
                      <input type="hidden" name="userId" value={user.id} />
                      <select name="role" defaultValue={user.role} aria-label={t("users.roleOf", { email: user.email })} className={`${compactInputClass} w-44`}>
                        {roles.map((r) => (
                          <option key={r} value={r}>{shell(`roles.${r}`)}</option>
                        ))}
                      </select>
                      <Button variant="secondary" type="submit" disabled={pending}>{t("users.save")}</Button>
                    </>
                  )}
                </ActionForm>
              </td>
              <td className="px-3 py-2 align-top text-zinc-600 dark:text-zinc-400">
                {user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}
              </td>
              <td className="space-y-2 px-3 py-2 align-top">
                <div className="flex flex-wrap gap-2">
                  <ActionForm action={setActiveAction} showSuccess={false}>
                    {({ pending }) => (
                      <>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="active" value={user.active ? "false" : "true"} />
                        <Button variant={user.active ? "secondary" : "primary"} type="submit" disabled={pending}>
                          {user.active ? t("users.deactivate") : t("users.reactivate")}
                        </Button>
                      </>
                    )}
                  </ActionForm>
                  {user.mfaEnabledAt ? (
                    <ActionForm action={resetMfaAction} showSuccess={false}>
                      {({ pending }) => (
                        <>
                          <input type="hidden" name="userId" value={user.id} />
                          <Button variant="secondary" type="submit" disabled={pending} aria-label={t("users.resetMfaOf", { email: user.email })}>{t("users.resetMfa")}</Button>
                        </>
                      )}
                    </ActionForm>
                  ) : null}
                  <ActionForm action={resetPasswordAction} showSuccess={false}>
                    {({ pending, state }) => (
                      <>
                        <input type="hidden" name="userId" value={user.id} />
                        <Button variant="secondary" type="submit" disabled={pending}>{t("users.resetPassword")}</Button>
                        {state?.ok && state.data ? <div className="mt-2"><OneTimePassword password={(state.data as { password: string }).password} /></div> : null}
                      </>
                    )}
                  </ActionForm>
                </div>
              </td>
            </tr>
          ))}
    </Table>
  );
}
