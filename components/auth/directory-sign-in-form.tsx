"use client";

import { useLocale, useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useHydrated } from "./use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { translateFieldErrors } from "@/lib/i18n/sentences";
import { ldapSignInSchema } from "@/lib/validations/ldap";

/** LDAP / Active Directory: the directory's username and password (the directory checks them, not Vigie). */
export function DirectorySignInForm({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ldapSignInSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setFieldErrors(translateFieldErrors(parsed.error.flatten().fieldErrors as Record<string, string[]>, locale) ?? {});
      return;
    }
    setFieldErrors({});
    setError(undefined);
    setPending(true);
    const result = await signIn("ldap", { ...parsed.data, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("wrongUsername"));
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" data-testid="ldap-sign-in">
      <p className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{name}</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label={t("username")} name="username" errors={fieldErrors.username}>
        <Input name="username" autoComplete="username" required errors={fieldErrors.username} />
      </Field>
      <Field label={t("directoryPassword")} name="ldap-password" errors={fieldErrors.password}>
        <Input id="ldap-password" name="password" type="password" autoComplete="current-password" required errors={fieldErrors.password} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending || !hydrated}>{pending ? t("signingIn") : t("signInWith", { name })}</Button>
    </form>
  );
}
