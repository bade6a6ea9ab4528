import type { Sql } from "@/lib/db/sql";
import type { Step } from "@/lib/domain/lifecycle/steps";

const MAX_HOPS = 5;

export type GroupTicketRow = { id: string; step: Step; number: number; signal: string };

/** The group's open ticket (one at most: openGroupKey is unique), read under the group's lock. */
export async function openTicketOf(sql: Sql, groupKey: string): Promise<GroupTicketRow | null> {
  const [row] = await sql.query<GroupTicketRow>(`SELECT "id", "step"::text AS "step", "number", "signal"::text AS "signal" FROM "Ticket" WHERE "openGroupKey" = $1`, [groupKey]);
  return row ?? null;
}

/**
 * For a group without an open ticket that fires again: its last closed ticket, and the open ticket its alerts now
 * belong to when that one was closed as a duplicate of, or merged into, another (its later firings join that
 * ticket instead of opening a recurrence). Follows a chain of merges (A into B, B into C) a few hops; `target` is
 * null when the chain ends on a closed ticket.
 */
export async function closedGroupTicket(sql: Sql, groupKey: string): Promise<{ lastClosedId: string | null; target: GroupTicketRow | null }> {
  const [last] = await sql.query<{ id: string; duplicateOfId: string | null }>(
    `SELECT "id", "duplicateOfId" FROM "Ticket" WHERE "groupKey" = $1 AND "step" = 'CLOSURE' ORDER BY "closedAt" DESC LIMIT 1`,
    [groupKey],
  );
  let id = last?.duplicateOfId ?? null;
  for (let hop = 0; id && hop < MAX_HOPS; hop++) {
    const [ticket] = await sql.query<GroupTicketRow & { duplicateOfId: string | null }>(
      `SELECT "id", "step"::text AS "step", "number", "signal"::text AS "signal", "duplicateOfId" FROM "Ticket" WHERE "id" = $1::uuid`,
      [id],
    );
    if (!ticket) break;
    if (ticket.step !== "CLOSURE") return { lastClosedId: last!.id, target: { id: ticket.id, step: ticket.step, number: ticket.number, signal: ticket.signal } };
    id = ticket.duplicateOfId;
  }
  return { lastClosedId: last?.id ?? null, target: null };
}
