import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";

const MAX_MERGE_DEPTH = 5;

/** The tickets merged into this one, and into those (a chain of merges), with their numbers. */
async function mergedInto(ticketId: string) {
  const merged: { id: string; number: number; title: string }[] = [];
  let frontier = [ticketId];
  for (let depth = 0; frontier.length && depth < MAX_MERGE_DEPTH; depth++) {
    const found = await prisma.ticket.findMany({ where: { duplicateOfId: { in: frontier }, closureReason: "MERGED" }, select: { id: true, number: true, title: true }, orderBy: { number: "asc" } });
    merged.push(...found);
    frontier = found.map((t) => t.id);
  }
  return merged;
}

/**
 * A ticket with its alerts and its whole timeline, oldest first. A merged ticket's events stay its own
 * (TimelineEvent rows are immutable); they are shown here too, each with `fromTicket`, its ticket's number.
 */
export async function getTicket({ actor, ticketId }: { actor: Actor; ticketId: string }) {
  assertCan(actor, "read");
  if (!isId(ticketId)) throw new AppError("NOT_FOUND", "No such ticket.");
  const [ticket, merged] = await Promise.all([
    prisma.ticket.findUnique({
      where: { id: ticketId },
      include: {
        alerts: { orderBy: [{ startsAt: "asc" }], omit: { groupKey: true } },
        previousTicket: { select: { id: true, number: true, title: true } },
        recurrences: { select: { id: true, number: true, title: true }, orderBy: { number: "asc" } },
        duplicateOf: { select: { id: true, number: true, title: true, step: true } },
        duplicates: { where: { closureReason: "DUPLICATE" }, select: { id: true, number: true, title: true }, orderBy: { number: "asc" } },
        reporter: { select: { id: true, name: true } },
        assignee: { select: { id: true, name: true } },
        acknowledgedBy: { select: { id: true, name: true } },
        solver: { select: { id: true, name: true } },
        votes: { orderBy: { createdAt: "asc" }, include: { admin: { select: { id: true, name: true } } } },
        measures: { orderBy: { createdAt: "asc" }, include: { owner: { select: { id: true, name: true } } } },
      },
    }),
    mergedInto(ticketId),
  ]);
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
  const numbers = new Map(merged.map((t) => [t.id, t.number]));
  const events = await prisma.timelineEvent.findMany({
    where: { ticketId: { in: [ticketId, ...numbers.keys()] } },
    // One ticket's rows in the order written; several tickets' rows interleaved by time.
    orderBy: merged.length ? [{ at: "asc" }, { id: "asc" }] : [{ id: "asc" }],
  });
  return {
    ...ticket,
    merged,
    events: events.map((e) => ({ ...e, id: e.id.toString(), fromTicket: numbers.get(e.ticketId) ?? null })),
  };
}

export type TicketDetail = Awaited<ReturnType<typeof getTicket>>;
