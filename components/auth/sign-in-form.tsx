"use client";

import { useLocale, useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useHydrated } from "./use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { translateFieldErrors } from "@/lib/i18n/sentences";
import { MFA_REQUIRED, signInSchema } from "@/lib/validations/auth";

export function SignInForm({ callbackUrl, initialError, initialNotice }: { callbackUrl: string; initialError?: string; initialNotice?: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [error, setError] = useState(initialError);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  // Shown once the password is right and the account has two-factor sign-in.
  const [askCode, setAskCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = signInSchema.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(translateFieldErrors(parsed.error.flatten().fieldErrors as Record<string, string[]>, locale) ?? {});
      return;
    }
    setFieldErrors({});
    setError(undefined);
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation so that server components read the new session cookie.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    // The server says MFA_REQUIRED (a code, not a sentence) when only the second factor is missing.
    if (result?.error === MFA_REQUIRED) {
      setAskCode(true);
      setError(undefined);
      return;
    }
    // Any other error is a sentence the server already wrote in the person's language (lib/auth/options.ts).
    setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("errors.CredentialsSignin"));
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {initialNotice && !error ? <Notice tone="info">{initialNotice}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label={t("email")} name="email" errors={fieldErrors.email}>
        <Input name="email" type="email" autoComplete="username" autoFocus required errors={fieldErrors.email} />
      </Field>
      <Field label={t("password")} name="password" errors={fieldErrors.password}>
        <Input name="password" type="password" autoComplete="current-password" required errors={fieldErrors.password} />
      </Field>
      {askCode ? (
        <Field label={t("code")} name="code" errors={fieldErrors.code}>
          <p className="mb-1 text-xs text-zinc-600 dark:text-zinc-400">{t("mfaPrompt")}</p>
          <Input name="code" inputMode="numeric" autoComplete="one-time-code" autoFocus required errors={fieldErrors.code} />
        </Field>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending || !hydrated}>
        {pending ? t("signingIn") : t("submit")}
      </Button>
    </form>
  );
}
