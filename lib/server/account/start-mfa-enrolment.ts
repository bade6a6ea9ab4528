import "server-only";
import QRCode from "qrcode";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { enrolmentUri, newTotpSecret, sealSecret } from "@/lib/auth/mfa";
import { AppError } from "@/lib/errors";

/** Step 1 of turning on two-factor sign-in: a new secret, kept aside until a code from the app confirms it. */
export async function startMfaEnrolment({ actor }: { actor: Actor }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person has a second factor.");
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, mfaEnabledAt: true } });
  if (user.mfaEnabledAt) throw new AppError("CONFLICT", "Two-factor sign-in is already on.");
  const secret = newTotpSecret();
  await prisma.user.update({ where: { id: actor.id }, data: { mfaSecret: sealSecret(secret), mfaLastStep: null } });
  const uri = enrolmentUri(secret, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret, uri, qrSvg };
}
