import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { recordEvents } from "@/lib/server/timeline/record-events";
import { eventActor } from "@/lib/server/tickets/run-transition";

/** Step 6: an admin adds an action that keeps the incident from coming back, with an owner and a due date. */
export async function addRemediationAction({ actor, ticketId, title, ownerId, dueDate }: { actor: Actor; ticketId: string; title: string; ownerId: string; dueDate?: string }) {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { step: true } });
    if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
    if (ticket.step === "CLOSURE") throw new AppError("CONFLICT", "The ticket is closed: reopen it first.");
    const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { active: true, name: true } });
    if (!owner?.active) throw new AppError("INVALID_INPUT", "Choose an active owner.", { fieldErrors: { ownerId: ["Choose an active owner."] } });
    const action = await tx.remediationAction.create({ data: { ticketId, title, ownerId, dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null } });
    await recordEvents(tx, eventActor(actor), [{ ticketId, type: "remediation.added", data: { actionId: action.id, title, owner: owner.name, dueDate: dueDate ?? null } }]);
    return action;
  });
}

/** The action's owner or an admin marks it done, deferred (with a reason) or open again. */
export async function updateRemediationAction({ actor, actionId, state, deferReason }: { actor: Actor; actionId: string; state: "OPEN" | "DONE" | "DEFERRED"; deferReason?: string }) {
  assertRole(actor, ["ADMIN", "TECHNICIAN"]);
  return prisma.$transaction(async (tx) => {
    const action = await tx.remediationAction.findUnique({ where: { id: actionId } });
    if (!action) throw new AppError("NOT_FOUND", "No such remediation action.");
    if (actor.role !== "ADMIN" && action.ownerId !== actor.id) throw new AppError("FORBIDDEN", "Only its owner or an admin can update this action.");
    if (state === "DEFERRED" && !deferReason?.trim()) throw new AppError("INVALID_INPUT", "Say why it is deferred.", { fieldErrors: { deferReason: ["Say why it is deferred."] } });
    const updated = await tx.remediationAction.update({ where: { id: actionId }, data: { state, deferReason: state === "DEFERRED" ? deferReason : null } });
    await recordEvents(tx, eventActor(actor), [{ ticketId: action.ticketId, type: "remediation.updated", data: { actionId, title: action.title, state, deferReason: deferReason ?? null } }]);
    return updated;
  });
}
