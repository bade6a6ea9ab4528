import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { endAllSessions } from "@/lib/server/sessions/end-all-sessions";
import { assertAnotherActiveAdmin } from "./admin-guard";

export async function changeUserRole({ actor, userId, role }: { actor: Actor; userId: string; role: Role }) {
  assertCan(actor, "administer");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    if (user.role === role) return user;
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    // A role change ends the person's sessions: they sign in again with the new role's rights.
    const updated = await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await endAllSessions(tx, userId, "role changed");
    await recordSecurityEvent(tx, { type: "user.role_changed", actor, subject: user.email, data: { from: user.role, to: role } });
    return updated;
  });
}
