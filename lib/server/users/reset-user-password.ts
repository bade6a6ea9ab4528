import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/actor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { endAllSessions } from "@/lib/server/sessions/end-all-sessions";

/** Sets a new random password, returned once, and signs the user out everywhere. */
export async function resetUserPassword({ actor, userId }: { actor: Actor; userId: string }) {
  assertCan(actor, "administer");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } } });
    await endAllSessions(tx, userId, "password reset by an admin");
    await recordSecurityEvent(tx, { type: "password.reset", actor, subject: user.email });
  });
  return { password };
}
