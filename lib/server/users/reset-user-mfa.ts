import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { endAllSessions } from "@/lib/server/sessions/end-all-sessions";

/** An admin turns off someone's second factor (a lost phone): they sign in with the password and enrol again. */
export async function resetUserMfa({ actor, userId }: { actor: Actor; userId: string }) {
  assertCan(actor, "administer");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    await tx.user.update({ where: { id: userId }, data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaRecoveryHashes: [], sessionVersion: { increment: 1 } } });
    await endAllSessions(tx, userId, "second factor reset by an admin");
    await recordSecurityEvent(tx, { type: "mfa.reset", actor, subject: user.email });
  });
}
