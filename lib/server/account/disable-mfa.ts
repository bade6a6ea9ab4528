import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { getSettings } from "@/lib/server/settings/get-settings";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

/** Turning the second factor off asks for the password again (re-authentication), and the team policy may forbid it. */
export async function disableMfa({ actor, password, address }: { actor: Actor; password: string; address?: string }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person has a second factor.");
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("INVALID_INPUT", "The password is wrong.", { fieldErrors: { password: ["Wrong password."] } });
  }
  if (user.role === "ADMIN" && (await getSettings(prisma)).requireAdminMfa) {
    throw new AppError("CONFLICT", "The team requires two-factor sign-in for admins: it cannot be turned off.");
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaRecoveryHashes: [] } });
    await recordSecurityEvent(tx, { type: "mfa.disabled", actor, subject: user.email, address });
  });
}
