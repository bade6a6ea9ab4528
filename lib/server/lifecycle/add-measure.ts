import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { solvedSteps } from "@/lib/domain/lifecycle/steps";
import { canAddMeasure, canBeAssigned } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { utcDay } from "@/lib/server/measures/fields";
import { sentence } from "@/lib/i18n/sentences";

/** Steps 4 to 6: an admin adds a measure that keeps the incident from coming back, with an owner and a due date. */
export async function addMeasure({ actor, ticketId, title, ownerId, dueDate }: { actor: Actor; ticketId: string; title: string; ownerId: string; dueDate?: string }) {
  assertCan(actor, "measures.add");
  return prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { step: true } });
    if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
    if (ticket.step === "CLOSURE") throw new AppError("CONFLICT", "The ticket is closed: reopen it first.");
    if (!solvedSteps.includes(ticket.step)) throw new AppError("CONFLICT", "Measures are added once a solution is recorded.");
    assertAllowed(canAddMeasure(actor, ticket), sentence("Only an admin can add a measure."));
    // A measure's owner updates it, so it is someone who works tickets (permissions.ts), not an observer.
    const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { active: true, name: true, role: true } });
    if (!owner?.active || !canBeAssigned(owner)) throw new AppError("INVALID_INPUT", "Choose an active technician or admin.", { fieldErrors: { ownerId: ["Choose an active technician or admin."] } });
    const measure = await tx.measure.create({ data: { ticketId, title, ownerId, dueDate: utcDay(dueDate) } });
    await recordEvents(tx, eventActor(actor), [{ ticketId, type: "remediation.added", data: { measureId: measure.id, title, owner: owner.name, dueDate: dueDate ?? null } }]);
    return measure;
  });
}
