import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/actor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

/** Sets a new random password, returned once, and signs the user out everywhere. */
export async function resetUserPassword({ actor, userId }: { actor: Actor; userId: string }) {
  assertCan(actor, "administer");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const updated = await prisma.user.updateMany({
    where: { id: userId },
    data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "No such user.");
  return { password };
}
