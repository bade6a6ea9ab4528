import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { hashRecoveryCode, newRecoveryCodes, openSecret, verifyTotp } from "@/lib/auth/mfa";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

/** Step 2: a code from the app proves it holds the secret; two-factor sign-in is on. The recovery codes are shown once. */
export async function confirmMfaEnrolment({ actor, code, address }: { actor: Actor; code: string; address?: string }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person has a second factor.");
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, mfaSecret: true, mfaEnabledAt: true } });
  if (user.mfaEnabledAt) throw new AppError("CONFLICT", "Two-factor sign-in is already on.");
  if (!user.mfaSecret) throw new AppError("CONFLICT", "Start again: scan a new QR code.");
  const step = await verifyTotp(openSecret(user.mfaSecret), code, null);
  if (step === null) throw new AppError("INVALID_INPUT", "That code does not match: check the phone's clock and type the code shown now.", { fieldErrors: { code: ["Wrong code."] } });
  const codes = newRecoveryCodes();
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { mfaEnabledAt: new Date(), mfaLastStep: step, mfaRecoveryHashes: codes.map(hashRecoveryCode) } });
    await recordSecurityEvent(tx, { type: "mfa.enabled", actor, subject: user.email, address });
  });
  return { recoveryCodes: codes };
}
