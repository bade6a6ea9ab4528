import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireActor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/domain/permissions";
import { getLocale } from "next-intl/server";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { sentence, translateFieldErrors, translateSentence } from "@/lib/i18n/sentences";
import { issueMessages } from "@/lib/validations/issue-messages";

export type ActionResult<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; code?: AppErrorCode };

/**
 * The one wrapper around every server action: session, permission, zod parse of the form, error mapping.
 * The use case it calls authorises again; this keeps unauthenticated noise out early.
 */
export function formAction<S extends z.ZodType, T = unknown>(
  /** duringMfaSetup: allowed while the team policy still waits for this admin to enrol a second factor. */
  options: { schema: S; permission: Permission; duringMfaSetup?: boolean },
  /** `message` is an English sentence; its {placeholders} are filled from `values` once translated. */
  handler: (input: z.infer<S>, actor: Actor) => Promise<{ message?: string; values?: Record<string, string | number>; data?: T } | void>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    // What a person reads, in their language: the error, the field errors, the confirmation.
    const locale = await getLocale().then((l) => (isLocale(l) ? l : "en"), () => "en" as const);
    const result = await run(locale, formData);
    if (!result.ok) {
      const { values, ...failure } = result as typeof result & { values?: Record<string, string | number> };
      return { ...failure, error: translateSentence(failure.error, locale, values), fieldErrors: translateFieldErrors(failure.fieldErrors, locale, values) };
    }
    const { values, ...success } = result as typeof result & { values?: Record<string, string | number> };
    return success.message ? { ...success, message: translateSentence(success.message, locale, values) } : success;
  };

  // An AppError's sentence comes back with its values, to be translated before they fill it.
  async function run(locale: Locale, formData: FormData): Promise<ActionResult<T> | { ok: false; error: string; code?: AppErrorCode; values?: Record<string, string | number>; fieldErrors?: Record<string, string[]> }> {
    try {
      const actor = await requireActor(options.permission, { duringMfaSetup: options.duringMfaSetup });
      const parsed = options.schema.safeParse(Object.fromEntries(formData), { error: issueMessages(locale) });
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join(".") || "form";
          (fieldErrors[key] ??= []).push(issue.message);
        }
        return { ok: false, error: sentence("Some fields need attention."), fieldErrors };
      }
      const result = await handler(parsed.data, actor);
      return { ok: true, ...(result ?? {}) };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      if (isAppError(error)) {
        if (error.code === "FORBIDDEN") console.warn(`refused (server action): ${error.message}`);
        // The code lets a form react (a CONFLICT refreshes the page: the record changed meanwhile).
        return { ok: false, code: error.code, error: error.sentence, values: error.details?.values, fieldErrors: error.details?.fieldErrors as Record<string, string[]> | undefined };
      }
      console.error("server action failed:", error);
      return { ok: false, error: sentence("Something went wrong on the server. Nothing was changed; try again.") };
    }
  }
}
