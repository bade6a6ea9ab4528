import type { Prisma } from "@/lib/generated/prisma/client";

const MAX_HOPS = 5;

/**
 * The open ticket a group's alerts now belong to when its last ticket was closed as a duplicate of, or merged
 * into, another one: its later firings join that ticket instead of opening a recurrence. Follows a chain of
 * merges (A into B, B into C) a few hops; null when the chain ends on a closed ticket.
 */
export async function duplicateTarget(tx: Prisma.TransactionClient, groupKey: string) {
  const last = await tx.ticket.findFirst({ where: { groupKey, step: "CLOSURE" }, orderBy: { closedAt: "desc" }, select: { duplicateOfId: true } });
  let id = last?.duplicateOfId ?? null;
  for (let hop = 0; id && hop < MAX_HOPS; hop++) {
    const ticket = await tx.ticket.findUnique({ where: { id }, select: { id: true, step: true, number: true, duplicateOfId: true } });
    if (!ticket) return null;
    if (ticket.step !== "CLOSURE") return { id: ticket.id, step: ticket.step, number: ticket.number };
    id = ticket.duplicateOfId;
  }
  return null;
}
