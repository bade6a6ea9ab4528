"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changeOwnPasswordSchema } from "@/lib/validations/user";

function SignOutAfterChange() {
  // The change ended every session of this account, this one included.
  useEffect(() => {
    const timer = setTimeout(() => signOut({ callbackUrl: "/signin?notice=password-changed" }), 1_200);
    return () => clearTimeout(timer);
  }, []);
  return null;
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  return (
    <section aria-labelledby="change-password" className="max-w-sm rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="change-password" className="mb-3 font-medium">{t("password.title")}</h2>
      <ActionForm action={changeOwnPasswordAction} schema={changeOwnPasswordSchema} className="space-y-3">
        {({ errors, pending, state }) => (
          <>
            <Field label={t("password.current")} name="currentPassword" errors={errors.currentPassword}>
              <Input name="currentPassword" type="password" autoComplete="current-password" errors={errors.currentPassword} />
            </Field>
            <Field label={t("password.new")} name="newPassword" errors={errors.newPassword} hint={t("password.newHint")}>
              <Input name="newPassword" type="password" autoComplete="new-password" errors={errors.newPassword} />
            </Field>
            <Field label={t("password.again")} name="confirmPassword" errors={errors.confirmPassword}>
              <Input name="confirmPassword" type="password" autoComplete="new-password" errors={errors.confirmPassword} />
            </Field>
            <Button type="submit" disabled={pending}>{pending ? t("password.saving") : t("password.change")}</Button>
            {state?.ok ? <SignOutAfterChange /> : null}
          </>
        )}
      </ActionForm>
    </section>
  );
}
