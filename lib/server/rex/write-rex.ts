import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/guard";
import { buildRexDraft } from "@/lib/domain/rex/draft";
import { AppError } from "@/lib/errors";
import type { RexFields } from "@/lib/validations/rex";

const writers = ["ADMIN", "TECHNICIAN"] as const;

/** Drafts the REX of a closed ticket from its history; one REX per ticket (a second call returns the first). */
export async function createRexFromTicket({ actor, ticketId }: { actor: Actor; ticketId: string }) {
  assertRole(actor, writers);
  const existing = await prisma.rex.findUnique({ where: { ticketId }, select: { id: true } });
  if (existing) return existing;
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    include: {
      alerts: { orderBy: { startsAt: "asc" } },
      events: { orderBy: { id: "asc" } },
      stepSpans: { orderBy: { id: "asc" } },
      remediation: { include: { owner: { select: { name: true } } } },
    },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
  if (ticket.step !== "CLOSURE") throw new AppError("CONFLICT", "A REX is written once the ticket is closed.");
  const draft = buildRexDraft(ticket);
  return prisma.rex.create({
    data: {
      title: draft.title,
      context: draft.context,
      course: draft.course,
      stepDurations: draft.stepDurations,
      solution: draft.solution,
      actionsTaken: draft.actionsTaken,
      riskCodes: draft.riskCodes,
      incidentStart: draft.incidentStart,
      incidentEnd: draft.incidentEnd,
      ticketId,
      authorId: actor.kind === "user" ? actor.id : null,
      followUps: { create: ticket.remediation.map((r) => ({ title: r.title, ownerId: r.ownerId, dueDate: r.dueDate, state: r.state === "DONE" ? ("DONE" as const) : ("OPEN" as const) })) },
    },
    select: { id: true },
  });
}

/** A REX written from scratch (an incident Vigie never saw as a ticket). */
export async function createRex({ actor, input }: { actor: Actor; input: RexFields }) {
  assertRole(actor, writers);
  return prisma.rex.create({ data: { ...input, authorId: actor.kind === "user" ? actor.id : null }, select: { id: true } });
}

/** Its author or an admin edits a REX; a stale form is refused. */
export async function updateRex({ actor, rexId, version, input }: { actor: Actor; rexId: string; version: number; input: RexFields }) {
  assertRole(actor, writers);
  const rex = await prisma.rex.findUnique({ where: { id: rexId }, select: { authorId: true, version: true } });
  if (!rex) throw new AppError("NOT_FOUND", "No such REX.");
  if (actor.role !== "ADMIN" && rex.authorId !== actor.id) throw new AppError("FORBIDDEN", "Only its author or an admin can edit this REX.");
  const updated = await prisma.rex.updateMany({ where: { id: rexId, version }, data: { ...input, version: { increment: 1 } } });
  if (updated.count === 0) throw new AppError("CONFLICT", "Someone changed this REX meanwhile; reload it and try again.");
}

/** An admin publishes a REX: it becomes readable by everyone, observers included. */
export async function publishRex({ actor, rexId }: { actor: Actor; rexId: string }) {
  assertRole(actor, ["ADMIN"]);
  const updated = await prisma.rex.updateMany({ where: { id: rexId, status: "DRAFT" }, data: { status: "PUBLISHED", publishedAt: new Date(), version: { increment: 1 } } });
  if (updated.count === 0) throw new AppError("CONFLICT", "No such draft REX.");
}

export async function addRexFollowUp({ actor, rexId, title, ownerId, dueDate }: { actor: Actor; rexId: string; title: string; ownerId?: string; dueDate?: string }) {
  assertRole(actor, writers);
  if (!(await prisma.rex.findUnique({ where: { id: rexId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "No such REX.");
  return prisma.rexFollowUp.create({ data: { rexId, title, ownerId: ownerId ?? null, dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null } });
}

export async function setRexFollowUpState({ actor, followUpId, done }: { actor: Actor; followUpId: string; done: boolean }) {
  assertRole(actor, writers);
  const updated = await prisma.rexFollowUp.updateMany({ where: { id: followUpId }, data: { state: done ? "DONE" : "OPEN" } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "No such follow-up action.");
}
