import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { endAllSessions } from "@/lib/server/sessions/end-all-sessions";
import { assertAnotherActiveAdmin } from "./admin-guard";

/** Deactivating ends the user's sessions at once (sessionVersion) and keeps their history. */
export async function setUserActive({ actor, userId, active }: { actor: Actor; userId: string; active: boolean }) {
  assertCan(actor, "administer");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    if (user.active === active) return user;
    if (!active && user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    const updated = await tx.user.update({
      where: { id: userId },
      data: { active, sessionVersion: active ? undefined : { increment: 1 } },
    });
    if (!active) await endAllSessions(tx, userId, "account deactivated");
    await recordSecurityEvent(tx, { type: active ? "user.reactivated" : "user.deactivated", actor, subject: user.email });
    return updated;
  });
}
