import "server-only";
import type { PrismaClient } from "@/lib/db/client";

/** A retention job's run, for Admin → Team settings: what it removed last time, and in total. */
export async function recordRetentionRun(db: PrismaClient, run: { at: Date } & ({ tickets: number } | { bodies: number })) {
  const data = "tickets" in run
    ? { ticketsRunAt: run.at, ticketsDeleted: run.tickets, ticketsDeletedTotal: { increment: run.tickets } }
    : { bodiesRunAt: run.at, bodiesPruned: run.bodies, bodiesPrunedTotal: { increment: run.bodies } };
  const create = "tickets" in run
    ? { id: 1, ticketsRunAt: run.at, ticketsDeleted: run.tickets, ticketsDeletedTotal: run.tickets }
    : { id: 1, bodiesRunAt: run.at, bodiesPruned: run.bodies, bodiesPrunedTotal: run.bodies };
  await db.retentionState.upsert({ where: { id: 1 }, create, update: data });
}
