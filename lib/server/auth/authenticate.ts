import type { PrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { openSecret, matchRecoveryCode, verifyTotp } from "@/lib/auth/mfa";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { clearThrottle, countAttempt, releaseAttempt } from "@/lib/auth/throttle";
import { lockedError } from "@/lib/auth/throttle-policy";
import type { Role } from "@/lib/auth/roles";
import { MFA_REQUIRED, signInSchema } from "@/lib/validations/auth";
import { sentence } from "@/lib/i18n/sentences";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const WRONG = sentence("Wrong email or password, or the account is deactivated.");

/**
 * Checks credentials, and the second factor when the account has one, with throttling per account and per
 * client address: every attempt is counted before the password is checked. Throws AppError RATE_LIMITED (the
 * message says for how long) or UNAUTHENTICATED (MFA_REQUIRED when only the code is missing). Each outcome is
 * in the security audit log.
 */
export async function authenticate(
  db: PrismaClient,
  input: { email?: unknown; password?: unknown; code?: unknown; address: string },
  options: { sleep?: (ms: number) => Promise<unknown> } = {},
): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password, code: input.code ?? undefined });
  if (!parsed.success) throw new AppError("UNAUTHENTICATED", "Enter your email and password.");
  const { email, password, code } = parsed.data;
  const { address } = input;

  const decisions = await Promise.all([countAttempt(db, "account", email), countAttempt(db, "address", address)]);
  const locked = decisions.find((d) => d.kind === "locked");
  if (locked?.kind === "locked") {
    await recordSecurityEvent(db, { type: "signin.locked", subject: email, address });
    throw lockedError(locked.retryAfterMs);
  }
  const delayMs = Math.max(...decisions.map((d) => (d.kind === "allow" ? d.delayMs : 0)));
  if (delayMs > 0) await (options.sleep ?? sleep)(delayMs);

  const user = await db.user.findUnique({ where: { email } });
  // Directory accounts have no password here; with LOCAL_SIGNIN=false only break-glass accounts use one.
  const local = user?.authSource === "local" && (env().LOCAL_SIGNIN || env().BREAK_GLASS_EMAILS.includes(email));
  const valid = await verifyPassword(local && user?.passwordHash ? user.passwordHash : await dummyPasswordHash(), password);
  if (!user || !local || !valid || !user.active) {
    await recordSecurityEvent(db, { type: "signin.failed", subject: email, address, data: { reason: "password" } });
    throw new AppError("UNAUTHENTICATED", WRONG);
  }

  if (user.mfaEnabledAt && user.mfaSecret) {
    if (!code) {
      // The password was right: this attempt only asks for the code, it is not a failure.
      await Promise.all([releaseAttempt(db, "account", email), releaseAttempt(db, "address", address)]);
      throw new AppError("UNAUTHENTICATED", MFA_REQUIRED);
    }
    const step = await verifyTotp(openSecret(user.mfaSecret), code, user.mfaLastStep);
    if (step !== null) {
      // Conditional: two sign-ins racing with the same code, only one wins.
      const used = await db.user.updateMany({ where: { id: user.id, OR: [{ mfaLastStep: null }, { mfaLastStep: { lt: step } }] }, data: { mfaLastStep: step } });
      if (used.count === 0) return secondFactorFailed(db, email, address);
    } else {
      const index = matchRecoveryCode(code, user.mfaRecoveryHashes);
      if (index < 0) return secondFactorFailed(db, email, address);
      const remaining = user.mfaRecoveryHashes.filter((_, i) => i !== index);
      const used = await db.user.updateMany({ where: { id: user.id, mfaRecoveryHashes: { has: user.mfaRecoveryHashes[index]! } }, data: { mfaRecoveryHashes: remaining } });
      if (used.count === 0) return secondFactorFailed(db, email, address);
      await recordSecurityEvent(db, { type: "mfa.recovery_used", actor: user, subject: email, address, data: { remaining: remaining.length } });
    }
  }

  await Promise.all([clearThrottle(db, "account", email), releaseAttempt(db, "address", address)]);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordSecurityEvent(db, { type: "signin.succeeded", actor: user, subject: email, address, data: { mfa: Boolean(user.mfaEnabledAt) } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

async function secondFactorFailed(db: PrismaClient, email: string, address: string): Promise<never> {
  await recordSecurityEvent(db, { type: "signin.failed", subject: email, address, data: { reason: "second factor" } });
  throw new AppError("UNAUTHENTICATED", "Wrong or already used code.");
}
