import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { AppError } from "@/lib/errors";

/** Any signed-in person, for their own account only; other sessions of theirs end. */
export async function changeOwnPassword({ actor, currentPassword, newPassword }: { actor: Actor; currentPassword: string; newPassword: string }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person can change their password.");
  const user = await prisma.user.findUnique({ where: { id: actor.id } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("INVALID_INPUT", "The current password is wrong.", { fieldErrors: { currentPassword: ["Wrong password."] } });
  }
  const weakness = passwordWeakness(newPassword);
  if (weakness) throw new AppError("INVALID_INPUT", weakness, { fieldErrors: { newPassword: [weakness] } });
  const updated = await prisma.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(newPassword), passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
  });
  return { sessionVersion: updated.sessionVersion };
}
