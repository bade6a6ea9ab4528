import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { buildRexDraft } from "@/lib/domain/rex/draft";
import type { RexWords } from "@/lib/domain/rex/words";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { rexWords } from "@/lib/i18n/rex-words";
import { teamTimeZone } from "@/lib/i18n/time-zone";
import { AppError } from "@/lib/errors";

/**
 * Drafts the REX of a closed ticket from its history; one REX per ticket (a second call returns the first).
 * Its generated lines are in `words`' language: the drafter's (the action passes the request's), else their setting.
 */
export async function createRexFromTicket({ actor, ticketId, words }: { actor: Actor; ticketId: string; words?: RexWords }) {
  assertCan(actor, "rex.write");
  const existing = await prisma.rex.findUnique({ where: { ticketId }, select: { id: true } });
  if (existing) return existing;
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    include: {
      alerts: { orderBy: { startsAt: "asc" } },
      events: { orderBy: { id: "asc" } },
      stepSpans: { orderBy: { id: "asc" } },
      measures: { include: { owner: { select: { name: true } } } },
    },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
  if (ticket.step !== "CLOSURE") throw new AppError("CONFLICT", "A REX is written once the ticket is closed.");
  const draft = buildRexDraft(ticket, words ?? rexWords(isLocale(actor.locale) ? actor.locale : env().VIGIE_DEFAULT_LOCALE, await teamTimeZone()));
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
      // The ticket's remediation measures carry on in the REX, where they are followed after closure.
      measures: { create: ticket.measures.map((m) => ({ title: m.title, ownerId: m.ownerId, dueDate: m.dueDate, state: m.state, deferReason: m.deferReason })) },
    },
    select: { id: true },
  });
}
