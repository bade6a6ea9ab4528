import type { Prisma } from "@/lib/generated/prisma/client";
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
  if (events.length === 0) return;
  const actorName = actor.name ?? (actor.kind === "ALERTMANAGER" ? "Alertmanager" : "Vigie");
  const rows = events.map((e, i) => ({ i, ticketId: e.ticketId, type: e.type, at: (e.at ?? new Date()).toISOString(), data: e.data ?? {} }));
  await tx.$executeRaw`
    INSERT INTO "TimelineEvent" ("ticketId", "type", "at", "actorKind", "actorId", "actorName", "data")
    SELECT x."ticketId"::uuid, x."type", x."at"::timestamp(3), ${actor.kind}::"ActorKind", ${actor.id ?? null}::uuid, ${actorName}, x."data"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("i" int, "ticketId" text, "type" text, "at" text, "data" jsonb)
    ORDER BY x."i"`;
}
