import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";

/** A ticket with its alerts and its whole timeline, oldest first. */
export async function getTicket({ actor, ticketId }: { actor: Actor; ticketId: string }) {
  assertCan(actor, "read");
  if (!isId(ticketId)) throw new AppError("NOT_FOUND", "No such ticket.");
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    include: {
      alerts: { orderBy: [{ startsAt: "asc" }], omit: { groupKey: true } },
      events: { orderBy: { id: "asc" } },
      previousTicket: { select: { id: true, number: true, title: true } },
      recurrences: { select: { id: true, number: true, title: true }, orderBy: { number: "asc" } },
      reporter: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      solver: { select: { id: true, name: true } },
      votes: { orderBy: { createdAt: "asc" }, include: { admin: { select: { id: true, name: true } } } },
      measures: { orderBy: { createdAt: "asc" }, include: { owner: { select: { id: true, name: true } } } },
    },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
  return { ...ticket, events: ticket.events.map((e) => ({ ...e, id: e.id.toString() })) };
}

export type TicketDetail = Awaited<ReturnType<typeof getTicket>>;
