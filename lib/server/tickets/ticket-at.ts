import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { findTicketRef } from "@/lib/server/lifecycle/close-as-duplicate";

/**
 * The ticket an address names: its number (/tickets/52, what people say and type) or its id (older links,
 * emails, the API). Both are answered; the page redirects an id to the number.
 */
export async function ticketAt(ref: string): Promise<{ id: string; number: number }> {
  const ticket = await findTicketRef(prisma, ref);
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
  return { id: ticket.id, number: ticket.number };
}
