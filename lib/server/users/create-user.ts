import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/actor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import type { CreateUserInput } from "@/lib/validations/user";

/** Creates an account with a random first password, returned once so the admin can hand it over. */
export async function createUser({ actor, input }: { actor: Actor; input: CreateUserInput }) {
  assertCan(actor, "administer");
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new AppError("CONFLICT", "An account with this email already exists.", { fieldErrors: { email: ["Already used."] } });
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: { id: true, email: true } });
    await recordSecurityEvent(tx, { type: "user.created", actor, subject: input.email, data: { role: input.role } });
    return created;
  });
  return { user, password };
}
