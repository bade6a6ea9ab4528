"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/users";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { roles } from "@/lib/auth/roles";
import { createUserSchema } from "@/lib/validations/user";
import { OneTimePassword } from "./one-time-password";

export function CreateUserForm() {
  const t = useTranslations("admin");
  const shell = useTranslations("shell");
  return (
    <section aria-labelledby="create-user" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="create-user" className="mb-3 font-medium">{t("users.newAccount")}</h2>
      <ActionForm action={createUserAction} schema={createUserSchema} className="space-y-3">
        {({ errors, pending, state }) => (
          <>
            <Field label={t("users.name")} name="name" errors={errors.name}>
              <Input name="name" errors={errors.name} required />
            </Field>
            <Field label={t("users.email")} name="email" errors={errors.email}>
              <Input name="email" type="email" errors={errors.email} required />
            </Field>
            <Field label={t("users.role")} name="role" errors={errors.role}>
              <Select name="role" defaultValue="TECHNICIAN" errors={errors.role}>
                {roles.map((r) => (
                  <option key={r} value={r}>{shell(`roles.${r}`)}</option>
                ))}
              </Select>
            </Field>
            <Button type="submit" disabled={pending}>{pending ? t("users.creating") : t("users.createAccount")}</Button>
            {state?.ok && state.data ? <OneTimePassword password={(state.data as { password: string }).password} /> : null}
          </>
        )}
      </ActionForm>
    </section>
  );
}
