import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertAnotherActiveAdmin } from "./admin-guard";

export async function changeUserRole({ actor, userId, role }: { actor: Actor; userId: string; role: Role }) {
  assertCan(actor, "administer");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    if (user.role === role) return user;
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    return tx.user.update({ where: { id: userId }, data: { role } });
  });
}
