import type { Sql } from "@/lib/db/sql";
import { writeEvents, type EventActor } from "@/lib/server/timeline/record-events";

/**
 * Recomputes the signal of the given tickets from their alerts: firing while one still fires, resolved once
 * all have ended. A resolved signal never moves the ticket's step: a person still validates the solution.
 * The actor is whoever changed the alerts: Alertmanager's delivery, or reconciliation. One statement reads and
 * changes them all; a firing alert is looked for through the (ticketId, startsAt) index, not every alert counted.
 */
export async function refreshSignals(sql: Sql, ticketIds: string[], actor: EventActor = { kind: "ALERTMANAGER" }, now = new Date()): Promise<void> {
  if (ticketIds.length === 0) return;
  const changed = await sql.query<{ id: string; signal: string }>(
    `WITH next AS (
       SELECT t."id", CASE WHEN EXISTS (SELECT 1 FROM "Alert" a WHERE a."ticketId" = t."id" AND a."status" = 'FIRING') THEN 'FIRING' ELSE 'RESOLVED' END::"Signal" AS "signal"
       FROM "Ticket" t
       WHERE t."id" = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM "Alert" a WHERE a."ticketId" = t."id")
     )
     UPDATE "Ticket" t SET "signal" = next."signal", "updatedAt" = $2::timestamp(3)
     FROM next WHERE t."id" = next."id" AND t."signal" <> next."signal"
     RETURNING t."id", t."signal"::text AS "signal"`,
    [ticketIds, now.toISOString()],
  );
  await writeEvents(sql, actor, changed.sort((a, b) => ticketIds.indexOf(a.id) - ticketIds.indexOf(b.id)).map((row) => ({ ticketId: row.id, type: row.signal === "FIRING" ? "signal.firing" : "signal.cleared" })));
}
