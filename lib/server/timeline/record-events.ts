import type { Prisma } from "@/lib/generated/prisma/client";
import { prismaSql, type Sql } from "@/lib/db/sql";
import type { Actor } from "@/lib/auth/actor";
import type { EventType } from "@/lib/domain/timeline";

export type EventActor =
  | { kind: "USER" | "TOKEN"; id: string; name: string }
  | { kind: "ALERTMANAGER" | "SYSTEM"; id?: undefined; name?: string };

/** The timeline's record of who acted: a person or an API token. */
export const eventActor = (actor: Actor): EventActor => ({ kind: actor.kind === "token" ? "TOKEN" : "USER", id: actor.id, name: actor.name });

export type NewEvent = { ticketId: string; type: EventType; data?: Prisma.InputJsonValue; at?: Date };

/**
 * Writes timeline events inside the caller's transaction, so an event exists exactly when its change does.
 * One statement from one JSON parameter, however many events (an alert storm writes hundreds).
 */
export async function recordEvents(tx: Prisma.TransactionClient, actor: EventActor, events: NewEvent[]): Promise<void> {
  return writeEvents(prismaSql(tx), actor, events);
}

/** recordEvents on any transaction's raw SQL (the webhook's ingestion runs on pg directly). */
export async function writeEvents(sql: Sql, actor: EventActor, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const actorName = actor.name ?? (actor.kind === "ALERTMANAGER" ? "Alertmanager" : "Vigie");
  const rows = events.map((e, i) => ({ i, ticketId: e.ticketId, type: e.type, at: (e.at ?? new Date()).toISOString(), data: e.data ?? {} }));
  await sql.query(
    `INSERT INTO "TimelineEvent" ("ticketId", "type", "at", "actorKind", "actorId", "actorName", "data")
     SELECT x."ticketId"::uuid, x."type", x."at"::timestamp(3), $1::"ActorKind", $2::uuid, $3, x."data"
     FROM jsonb_to_recordset($4::jsonb) AS x("i" int, "ticketId" text, "type" text, "at" text, "data" jsonb)
     ORDER BY x."i"`,
    [actor.kind, actor.id ?? null, actorName, JSON.stringify(rows)],
  );
}
