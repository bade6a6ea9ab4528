import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";

/** A silence a ticket created, with the ticket's step (the rules depend on it). */
export async function loadTicketSilence(ticketSilenceId: string) {
  if (!isId(ticketSilenceId)) throw new AppError("NOT_FOUND", "No such silence.");
  const row = await prisma.ticketSilence.findUnique({ where: { id: ticketSilenceId }, include: { ticket: { select: { id: true, step: true } } } });
  if (!row) throw new AppError("NOT_FOUND", "No such silence.");
  return row;
}
