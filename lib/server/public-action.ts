import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { requestAddress } from "@/lib/auth/options";
import { isAppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { sentence, translateFieldErrors, translateSentence } from "@/lib/i18n/sentences";
import { issueMessages } from "@/lib/validations/issue-messages";
import { plainText } from "@/lib/domain/status/plain-text";
import { checkFormStamp } from "@/lib/server/status/form-stamp";
import type { ActionResult } from "./action";

/** Hidden from people (off-screen, not focusable), filled by scripts that fill every field. */
export const HONEYPOT_FIELD = "website";
export const STAMP_FIELD = "stamp";
/** The whole form, every field together: far more than the fields' own limits allow. */
const MAX_FORM_CHARS = 20_000;

export type PublicContext = { address: string; locale: Locale };

const TOO_FAST = sentence("That was quick: read what you wrote once more, then send it again.");
const STALE = sentence("This form was open for too long. Reload the page and send it again.");
const TOO_LARGE = sentence("This is too long to send. Shorten it and send it again.");

/**
 * The wrapper around a server action anyone may call without an account (the status page's report form):
 * size limit, honeypot, minimum fill time, every text kept as plain text, zod parse, the same error mapping as
 * formAction, in the visitor's language. A filled honeypot gets `decoy`, the answer a real sender gets, and
 * nothing is stored: a script learns nothing from it.
 */
export function publicAction<S extends z.ZodType>(
  options: { schema: S; decoy: string },
  handler: (input: z.infer<S>, context: PublicContext) => Promise<{ message: string }>,
) {
  return async (_previous: ActionResult | null, formData: FormData): Promise<ActionResult> => {
    const locale = await getLocale().then((l) => (isLocale(l) ? l : "en"), () => "en" as const);
    const fail = (error: string, values?: Record<string, string | number>, fieldErrors?: Record<string, string[]>): ActionResult => ({
      ok: false, error: translateSentence(error, locale, values), fieldErrors: translateFieldErrors(fieldErrors, locale, values),
    });
    try {
      const entries = [...formData.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""] as const);
      if (entries.reduce((sum, [k, v]) => sum + k.length + v.length, 0) > MAX_FORM_CHARS) return fail(TOO_LARGE);
      const form = Object.fromEntries(entries.map(([k, v]) => [k, plainText(v)]));
      if (form[HONEYPOT_FIELD]) return { ok: true, message: translateSentence(options.decoy, locale) };
      const timing = checkFormStamp(form[STAMP_FIELD]);
      if (timing !== "ok") return fail(timing === "too_fast" ? TOO_FAST : STALE);
      const parsed = options.schema.safeParse(form, { error: issueMessages(locale) });
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
        return fail(sentence("Some fields need attention."), undefined, fieldErrors);
      }
      const address = requestAddress(Object.fromEntries((await headers()).entries()));
      const { message } = await handler(parsed.data, { address, locale });
      return { ok: true, message: translateSentence(message, locale) };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return fail(error.sentence, error.details?.values, error.details?.fieldErrors as Record<string, string[]> | undefined);
      console.error("public action failed:", error);
      return fail(sentence("Something went wrong on the server. Nothing was changed; try again."));
    }
  };
}
