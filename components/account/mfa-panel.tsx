"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { confirmMfaAction, disableMfaAction, startMfaAction } from "@/lib/actions/account";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { confirmMfaSchema, disableMfaSchema } from "@/lib/validations/auth";

type Enrolment = { secret: string; uri: string; qrSvg: string };

/** Two-factor sign-in: enrol with an authenticator app (QR code or the key by hand), then recovery codes once. */
export function MfaPanel({ enabledAt, recoveryCodesLeft }: { enabledAt: Date | null; recoveryCodesLeft: number }) {
  const t = useTranslations("account");
  const format = useFormatter();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodes codes={codes} />;
  return (
    <section aria-labelledby="mfa" className="max-w-xl space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="mfa">
      <h2 id="mfa" className="font-medium">{t("mfa.title")}</h2>
      {enabledAt ? (
        <>
          <p className="text-sm">{t("mfa.onSince", { date: format.dateTime(new Date(enabledAt), { dateStyle: "long" }), count: recoveryCodesLeft })}</p>
          <ActionForm action={disableMfaAction} schema={disableMfaSchema} className="flex flex-wrap items-end gap-2">
            {({ errors, pending }) => (
              <>
                <Field label={t("mfa.passwordToTurnOff")} name="password" errors={errors.password}>
                  <Input name="password" type="password" autoComplete="current-password" errors={errors.password} />
                </Field>
                <Button type="submit" variant="danger" disabled={pending}>{t("mfa.turnOff")}</Button>
              </>
            )}
          </ActionForm>
        </>
      ) : (
        <Enrol onDone={setCodes} />
      )}
    </section>
  );
}

function Enrol({ onDone }: { onDone: (codes: string[]) => void }) {
  // The confirmation is a form of its own, shown once the secret exists: forms never nest.
  const t = useTranslations("account");
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  if (enrolment) return <Confirm enrolment={enrolment} onDone={onDone} />;
  return (
    <ActionForm action={startMfaAction} showSuccess={false}>
      {({ pending, state }) => (
        <>
          <p className="mb-2 text-sm">{t("mfa.intro")}</p>
          <Button type="submit" disabled={pending}>{t("mfa.setUp")}</Button>
          {state?.ok ? <Reveal value={state.data as Enrolment} onDone={setEnrolment} /> : null}
        </>
      )}
    </ActionForm>
  );
}

function Confirm({ enrolment, onDone }: { enrolment: Enrolment; onDone: (codes: string[]) => void }) {
  const t = useTranslations("account");
  return (
    <div className="space-y-3">
      <p className="text-sm">{t("mfa.scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, nothing to optimise */}
      <img src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`} alt={t("mfa.qrAlt")} width={176} height={176} className="rounded bg-white p-1" />
      <p className="text-xs">{t("mfa.key")} <code data-testid="mfa-secret" className="select-all break-all font-mono">{enrolment.secret}</code></p>
      <ActionForm action={confirmMfaAction} schema={confirmMfaSchema} className="flex flex-wrap items-end gap-2" showSuccess={false}>
        {({ errors, pending, state }) => (
          <>
            <Field label={t("mfa.codeFromApp")} name="code" errors={errors.code}>
              <Input name="code" inputMode="numeric" autoComplete="one-time-code" errors={errors.code} />
            </Field>
            <Button type="submit" disabled={pending}>{t("mfa.turnOn")}</Button>
            {state?.ok ? <Reveal value={(state.data as { recoveryCodes: string[] }).recoveryCodes} onDone={onDone} /> : null}
          </>
        )}
      </ActionForm>
    </div>
  );
}

/** Hands an action's result up once it arrives. */
function Reveal<T>({ value, onDone }: { value: T; onDone: (value: T) => void }) {
  useEffect(() => onDone(value), [value, onDone]);
  return null;
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("account");
  return (
    <section aria-labelledby="recovery" className="max-w-xl space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40">
      <h2 id="recovery" className="font-medium">{t("mfa.isOn")}</h2>
      <Notice tone="warning">{t("mfa.keepCodes")}</Notice>
      <ul className="grid grid-cols-2 gap-1 font-mono text-sm" data-testid="recovery-codes">
        {codes.map((c) => <li key={c}>{c}</li>)}
      </ul>
      <a href="/account" className="inline-block text-sm text-sky-700 underline dark:text-sky-400">{t("mfa.done")}</a>
    </section>
  );
}
