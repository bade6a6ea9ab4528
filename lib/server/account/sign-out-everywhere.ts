import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { endAllSessions } from "@/lib/server/sessions/end-all-sessions";

/** Ends every session of the signed-in person, this one included: a lost laptop, a shared screen. */
export async function signOutEverywhere({ actor, address }: { actor: Actor; address?: string }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person has sessions.");
  return prisma.$transaction(async (tx) => {
    const ended = await endAllSessions(tx, actor.id, "signed out everywhere");
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await recordSecurityEvent(tx, { type: "signout.everywhere", actor, subject: actor.email, address, data: { sessions: ended } });
    return ended;
  });
}
