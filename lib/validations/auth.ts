import { z } from "zod";

// Shared by the sign-in form and the server.

/**
 * The sign-in error that asks for the second factor: a code, not a sentence, that the form recognises in any
 * language; it then shows the code field with its prompt (messages/<locale>/auth.json, auth.mfaPrompt).
 */
export const MFA_REQUIRED = "MFA_REQUIRED";
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address."));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
  /** The six-digit code of the authenticator app, or a recovery code, when the account has two-factor sign-in. */
  code: z.string().trim().max(32).optional().or(z.literal("").transform(() => undefined)),
});

// Length here, in the browser too; the common-password check runs on the server (lib/auth/password-strength.ts).
export const newPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "Use at most 128 characters.");

export const confirmMfaSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, "Type the six digits the app shows.") });
export const disableMfaSchema = z.object({ password: z.string().min(1, "Enter your password.").max(200) });
