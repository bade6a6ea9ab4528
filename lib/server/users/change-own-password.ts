import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { endAllSessions } from "@/lib/server/sessions/end-all-sessions";

/** Any signed-in person, for their own account only; other sessions of theirs end. */
export async function changeOwnPassword({ actor, currentPassword, newPassword }: { actor: Actor; currentPassword: string; newPassword: string }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person can change their password.");
  const user = await prisma.user.findUnique({ where: { id: actor.id } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("INVALID_INPUT", "The current password is wrong.", { fieldErrors: { currentPassword: ["Wrong password."] } });
  }
  const weakness = passwordWeakness(newPassword);
  if (weakness) throw new AppError("INVALID_INPUT", weakness, { fieldErrors: { newPassword: [weakness] } });
  const passwordHash = await hashPassword(newPassword);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } } });
    await endAllSessions(tx, actor.id, "password changed");
    await recordSecurityEvent(tx, { type: "password.changed", actor, subject: user.email });
    return { sessionVersion: updated.sessionVersion };
  });
}
