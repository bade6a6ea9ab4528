import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvents, type EventActor } from "@/lib/server/timeline/record-events";

/**
 * Recomputes the signal of the given tickets from their alerts: firing while one still fires, resolved once
 * all have ended. A resolved signal never moves the ticket's step: a person still validates the solution.
 * The actor is whoever changed the alerts: Alertmanager's delivery, or reconciliation.
 */
export async function refreshSignals(tx: Prisma.TransactionClient, ticketIds: string[], actor: EventActor = { kind: "ALERTMANAGER" }): Promise<void> {
  if (ticketIds.length === 0) return;
  const rows = await tx.$queryRaw<{ id: string; signal: string; firing: boolean }[]>`
    SELECT t."id", t."signal"::text AS "signal", bool_or(a."status" = 'FIRING') AS "firing"
    FROM "Ticket" t JOIN "Alert" a ON a."ticketId" = t."id"
    WHERE t."id" = ANY(${ticketIds}::uuid[])
    GROUP BY t."id", t."signal"`;
  for (const row of rows) {
    const next = row.firing ? "FIRING" : "RESOLVED";
    if (row.signal === next) continue;
    await tx.ticket.update({ where: { id: row.id }, data: { signal: next } });
    await recordEvents(tx, actor, [{ ticketId: row.id, type: next === "FIRING" ? "signal.firing" : "signal.cleared" }]);
  }
}
