import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/domain/timeline";

export type EventActor =
  | { kind: "USER" | "TOKEN"; id: string; name: string }
  | { kind: "ALERTMANAGER" | "SYSTEM"; id?: undefined; name?: string };

export type NewEvent = { ticketId: string; type: EventType; data?: Prisma.InputJsonValue; at?: Date };

/** Writes timeline events inside the caller's transaction, so an event exists exactly when its change does. */
export async function recordEvents(tx: Prisma.TransactionClient, actor: EventActor, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.timelineEvent.createMany({
    data: events.map((e) => ({
      ticketId: e.ticketId,
      type: e.type,
      at: e.at,
      actorKind: actor.kind,
      actorId: actor.id ?? null,
      actorName: actor.name ?? (actor.kind === "ALERTMANAGER" ? "Alertmanager" : "Vigie"),
      data: e.data ?? {},
    })),
  });
}
