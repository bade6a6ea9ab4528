import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { decideAcknowledge } from "@/lib/domain/lifecycle/acknowledge";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";
import { vigieMetrics } from "@/lib/server/metrics/prometheus";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";

const decisionError = { ROLE: "FORBIDDEN", STEP: "CONFLICT", DONE: "CONFLICT" } as const;

/**
 * Writes the acknowledgement inside the caller's transaction, the ticket row locked: who and when, and the
 * timeline event. The step and the version stay: an acknowledgement changes nothing a form was built on.
 * Escalation (lib/server/notifications) reads Ticket.acknowledgedAt and stops.
 */
export async function writeAcknowledgement(tx: Prisma.TransactionClient, { ticketId, actor, now }: { ticketId: string; actor: Actor; now: Date }) {
  const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { step: true, createdAt: true, acknowledgedAt: true, acknowledgedBy: { select: { name: true } } } });
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
  const decision = decideAcknowledge({ actor, step: ticket.step, acknowledgedAt: ticket.acknowledgedAt, acknowledgedByName: ticket.acknowledgedBy?.name });
  if (!decision.ok) throw new AppError(decisionError[decision.code], decision.reason, { values: decision.values });
  await tx.ticket.update({ where: { id: ticketId }, data: { acknowledgedAt: now, acknowledgedById: actor.id } });
  await recordEvents(tx, eventActor(actor), [{ ticketId, type: "ticket.acknowledged", at: now, data: { step: ticket.step } }]);
  return { createdAt: ticket.createdAt };
}

/** "I'm on it": an admin or a technician, on an open ticket nobody acknowledged yet. */
export async function acknowledgeTicket({ ticketId, actor, now = new Date() }: { ticketId: string; actor: Actor; now?: Date }) {
  if (!isId(ticketId)) throw new AppError("NOT_FOUND", "No such ticket.");
  const { createdAt } = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE "id" = ${ticketId}::uuid FOR UPDATE`;
    return writeAcknowledgement(tx, { ticketId, actor, now });
  });
  vigieMetrics().toAcknowledgement.observe(Math.max(0, (now.getTime() - createdAt.getTime()) / 1000));
  return { ticketId, acknowledgedAt: now, acknowledgedById: actor.id };
}
