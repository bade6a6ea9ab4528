"use client";

import { useLocale } from "next-intl";
import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import { translateFieldErrors } from "@/lib/i18n/sentences";
import type { z } from "zod";
import type { ActionResult } from "@/lib/server/action";
import { Notice } from "./notice";

type State<T> = ActionResult<T> | null;

/**
 * A form bound to a server action, validated first in the browser by the same zod schema the server uses.
 * Children get the field errors and the pending flag.
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
  const [state, formAction, pending] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const locale = useLocale();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!schema) return;
    const parsed = schema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
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
    <form action={formAction} onSubmit={onSubmit} noValidate className={className} key={resetOnSuccess && state?.ok ? JSON.stringify(state) : undefined}>
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok && showSuccess && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      {children({ errors, pending, state })}
    </form>
  );
}
