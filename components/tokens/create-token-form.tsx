"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createApiTokenAction } from "@/lib/actions/tokens";
import { AlertmanagerSetup } from "@/components/tokens/alertmanager-setup";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { roles } from "@/lib/auth/roles";
import { createApiTokenSchema } from "@/lib/validations/api-token";

/** `baseUrl`: Vigie's public URL, for the snippet shown with a new Alertmanager token. */
export function CreateTokenForm({ baseUrl }: { baseUrl: string }) {
  const t = useTranslations("admin");
  const shell = useTranslations("shell");
  const [purpose, setPurpose] = useState("ALERTMANAGER");
  return (
    <section aria-labelledby="new-token" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="new-token" className="mb-3 font-medium">{t("tokens.newToken")}</h2>
      <ActionForm action={createApiTokenAction} schema={createApiTokenSchema} className="space-y-3">
        {({ errors, pending, state }) => (
          <>
            <Field label={t("tokens.name")} name="name" errors={errors.name}>
              <Input name="name" placeholder="alertmanager-prod" errors={errors.name} />
            </Field>
            <Field label={t("tokens.for")} name="purpose" errors={errors.purpose}>
              <Select name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)}>
                <option value="ALERTMANAGER">{t("tokens.alertmanager")}</option>
                <option value="API">{t("tokens.api")}</option>
              </Select>
            </Field>
            {purpose === "API" ? (
              <Field label={t("tokens.actsAs")} name="role" errors={errors.role}>
                <Select name="role" defaultValue="OBSERVER" errors={errors.role}>
                  {roles.map((r) => (
                    <option key={r} value={r}>{shell(`roles.${r}`)}</option>
                  ))}
                </Select>
              </Field>
            ) : null}
            <Field label={t("tokens.expiresAfter")} name="expiresInDays" errors={errors.expiresInDays} hint={t("tokens.expiresHint")}>
              <Input name="expiresInDays" type="number" min={1} max={3650} inputMode="numeric" errors={errors.expiresInDays} />
            </Field>
            <Button type="submit" disabled={pending}>{pending ? t("tokens.creating") : t("tokens.create")}</Button>
            {state?.ok && state.data ? (
              <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
                {t("tokens.copyNow")}
                <code data-testid="new-token" className="mt-1 block select-all break-all rounded bg-white px-1 py-0.5 font-mono dark:bg-zinc-900">
                  {(state.data as { token: string }).token}
                </code>
                {purpose === "ALERTMANAGER" ? (
                  <div className="mt-3 border-t border-amber-300 pt-3 dark:border-amber-800">
                    <AlertmanagerSetup baseUrl={baseUrl} token={(state.data as { token: string }).token} idPrefix="new-am" />
                  </div>
                ) : null}
              </div>
            ) : null}
          </>
        )}
      </ActionForm>
    </section>
  );
}
