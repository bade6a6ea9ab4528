"use client";

import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { isLocale } from "@/lib/i18n/locales";
import { translateFieldErrors } from "@/lib/i18n/sentences";
import { issueMessages } from "@/lib/validations/issue-messages";
import type { z } from "zod";
import type { ActionResult } from "@/lib/server/action";
import { Notice } from "./notice";
import { restoreFields } from "./restore-fields";

type State<T> = ActionResult<T> | null;

/**
 * A form bound to a server action, validated first in the browser by the same zod schema the server uses.
 * Children get the field errors and the pending flag. What was typed stays after the server answers (refused or
 * saved), unless `resetOnSuccess`; a CONFLICT (the record changed meanwhile) refreshes the page at once.
 */
export function ActionForm<T>({
  action,
  schema,
  children,
  className,
  showSuccess = true,
  resetOnSuccess = false,
}: {
  action: (previous: State<T>, formData: FormData) => Promise<ActionResult<T>>;
  schema?: z.ZodType;
  children: (helpers: { errors: Record<string, string[]>; pending: boolean; state: State<T> }) => ReactNode;
  className?: string;
  showSuccess?: boolean;
  resetOnSuccess?: boolean;
}) {
  // The answer is known here before React resets the form: a reset form is restored unless it was meant to clear.
  const outcome = useRef<State<T>>(null);
  const [state, formAction, pending] = useActionState(async (previous: State<T>, formData: FormData) => {
    const result = await action(previous, formData);
    outcome.current = result;
    return result;
  }, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const spoken = useLocale();
  const locale = isLocale(spoken) ? spoken : "en";
  const router = useRouter();
  const submitted = useRef<FormData | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state && !state.ok && state.code === "CONFLICT") router.refresh();
  }, [state, router]);

  // React resets the form once the action is done: put back what was sent. The reset event comes before the
  // reset itself, hence the microtask.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onReset = () => {
      const values = submitted.current;
      if (!values || (resetOnSuccess && outcome.current?.ok)) return;
      queueMicrotask(() => restoreFields(form, values));
    };
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    submitted.current = new FormData(event.currentTarget);
    if (!schema) return;
    const parsed = schema.safeParse(Object.fromEntries(new FormData(event.currentTarget)), { error: issueMessages(locale) });
    if (parsed.success) {
      setClientErrors({});
      return;
    }
    event.preventDefault();
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
    // The shared schema's messages are English sentences: shown in the person's language.
    setClientErrors(translateFieldErrors(errors, locale) ?? {});
  }

  const serverErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = { ...serverErrors, ...clientErrors };
  return (
    <form action={formAction} ref={formRef} onSubmit={onSubmit} noValidate className={className} key={resetOnSuccess && state?.ok ? JSON.stringify(state) : undefined}>
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok && showSuccess && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      {children({ errors, pending, state })}
    </form>
  );
}
