import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { groupValue } from "@/lib/domain/tickets/grouping";
import { BULK_MAX } from "@/lib/validations/bulk";
import { searchParamsToObject, ticketListQuerySchema, type TicketListQuery } from "@/lib/validations/tickets";
import { GROUP_CAP, whereOf } from "./list-tickets";

/** "Select all matching the filter": the ids of every ticket the list's query matches, refused past `max`. */
export async function listTicketIds({ actor, query, max }: { actor: Actor; query: TicketListQuery; max: number }): Promise<string[]> {
  assertCan(actor, "read");
  const inGroup = query.group && query.groupValue !== undefined ? { label: query.group, value: query.groupValue } : null;
  const rows = await prisma.ticket.findMany({ where: whereOf(query, actor), orderBy: { createdAt: "desc" }, select: { id: true, leadLabels: true }, take: inGroup ? GROUP_CAP : max + 1 });
  const kept = inGroup ? rows.filter((r) => groupValue(r.leadLabels, inGroup.label) === inGroup.value) : rows;
  if (kept.length > max) throw new AppError("INVALID_INPUT", "More than {max} tickets match: narrow the filter to {max} or fewer.", { values: { max } });
  return kept.map((r) => r.id);
}

/** A bulk request's selection as ticket ids: the ids sent, or every ticket its filter (the list's URL query) matches. */
export async function selectedTicketIds({ actor, selection }: { actor: Actor; selection: { ticketIds?: string[]; filter?: string } }): Promise<string[]> {
  if (selection.ticketIds) return selection.ticketIds;
  const parsed = ticketListQuerySchema.safeParse(searchParamsToObject(new URLSearchParams(selection.filter ?? "")));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "The filter is not a ticket list query.");
  const ids = await listTicketIds({ actor, query: parsed.data, max: BULK_MAX });
  if (ids.length === 0) throw new AppError("INVALID_INPUT", "No ticket matches the filter.");
  return ids;
}
