import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { cursorColumns, type DecodedCursor } from "@/lib/domain/tickets/cursor";
import type { TicketListQuery } from "@/lib/validations/tickets";

// The list's filters as SQL, the same semantics as whereOf (Prisma) in list-tickets.ts, written by hand so that
// PostgreSQL gets the forms its indexes answer: a literal `step <> 'CLOSURE'` (the open tickets' partial
// indexes), `=` for one value (an ordered index scan), and row comparisons for the keyset.

const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

function oneOf(column: string, values: readonly (string | number)[], type: string): Prisma.Sql {
  const col = Prisma.raw(`"${column}"`);
  if (values.length === 1) return Prisma.sql`${col} = ${values[0]}::${Prisma.raw(type)}`;
  return Prisma.sql`${col} = ANY(${values}::${Prisma.raw(type)}[])`;
}

/** True when the query filters on anything but steps: the per-step counts must then be counted. */
export function filtersBeyondSteps(query: TicketListQuery): boolean {
  return Boolean(query.signal.length || query.category.length || query.priority.length || query.ack || (query.assignee && query.assignee !== "any") || query.text);
}

export function ticketConditions(query: TicketListQuery, actor: Actor, withSteps = true): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (withSteps && query.step.length) and.push(oneOf("step", query.step, `"TicketStep"`));
  else if (withSteps && query.scope === "open") and.push(Prisma.sql`"step" <> 'CLOSURE'::"TicketStep"`);
  if (query.signal.length) and.push(oneOf("signal", query.signal, `"Signal"`));
  if (query.category.length) and.push(oneOf("category", query.category, `"Category"`));
  if (query.priority.length) and.push(oneOf("priority", query.priority, "int"));
  if (query.ack) and.push(query.ack === "yes" ? Prisma.sql`"acknowledgedAt" IS NOT NULL` : Prisma.sql`"acknowledgedAt" IS NULL`);
  const assignee = query.assignee;
  if (assignee === "none") and.push(Prisma.sql`"assigneeId" IS NULL`);
  else if (assignee === "me_or_none") and.push(Prisma.sql`("assigneeId" = ${actor.id}::uuid OR "assigneeId" IS NULL)`);
  else if (assignee && assignee !== "any") and.push(Prisma.sql`"assigneeId" = ${assignee === "me" ? actor.id : assignee}::uuid`);
  if (query.text) {
    const pattern = `%${likeLiteral(query.text)}%`;
    const number = /^#?\d+$/.test(query.text) ? Number(query.text.replace("#", "")) : null;
    const byNumber = number !== null && number <= 2_147_483_647 ? Prisma.sql`"number" = ${number}::int OR ` : Prisma.empty;
    and.push(Prisma.sql`(${byNumber}"title" ILIKE ${pattern} OR "description" ILIKE ${pattern})`);
  }
  return and;
}

export const whereSql = (and: Prisma.Sql[]) => (and.length ? Prisma.sql`WHERE ${Prisma.join(and, " AND ")}` : Prisma.empty);

const sqlType = { priority: "int", createdAt: "timestamp(3)", updatedAt: "timestamp(3)", id: "uuid" } as const;

/** ORDER BY of a sort, and the condition "after this cursor" in that order (one index range, at any depth). */
export function keyset(sort: TicketListQuery["sort"], cursor: DecodedCursor | null) {
  const columns = cursorColumns[sort];
  const direction = sort === "oldest" ? "ASC" : "DESC";
  const orderBy = Prisma.raw(`ORDER BY ${columns.map((c) => `"${c}" ${direction}`).join(", ")}`);
  if (!cursor) return { orderBy, after: null };
  const values = columns.map((c) => {
    const value = cursor[c]!;
    return Prisma.sql`${value instanceof Date ? value.toISOString() : value}::${Prisma.raw(sqlType[c])}`;
  });
  const row = Prisma.raw(`(${columns.map((c) => `"${c}"`).join(", ")})`);
  const after = Prisma.sql`${row} ${Prisma.raw(direction === "ASC" ? ">" : "<")} (${Prisma.join(values, ", ")})`;
  return { orderBy, after };
}
