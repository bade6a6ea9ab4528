import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";

/** A follow-up (comment) by someone working the ticket: admins and technicians; observers only watch. */
export async function addFollowUp({ actor, ticketId, body }: { actor: Actor; ticketId: string; body: string }) {
  assertCan(actor, "tickets.work");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Follow-ups are written by people.");
  return prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { id: true } });
    if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
    const followUp = await tx.followUp.create({ data: { ticketId, authorId: actor.id, body } });
    await recordEvents(tx, eventActor(actor), [{ ticketId, type: "follow_up.added", data: { followUpId: followUp.id, body } }]);
    return followUp;
  });
}
