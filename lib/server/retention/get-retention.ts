import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { getSettings } from "@/lib/server/settings/get-settings";

/** Admin → Team settings: the retention settings and what the last runs removed. */
export async function getRetention({ actor }: { actor: Actor }) {
  assertCan(actor, "administer");
  const [{ deliveryBodyDays, closedTicketDays }, state] = await Promise.all([getSettings(prisma), prisma.retentionState.findUnique({ where: { id: 1 } })]);
  return {
    deliveryBodyDays,
    closedTicketDays,
    bodies: state?.bodiesRunAt ? { at: state.bodiesRunAt, count: state.bodiesPruned, total: Number(state.bodiesPrunedTotal) } : null,
    tickets: state?.ticketsRunAt ? { at: state.ticketsRunAt, count: state.ticketsDeleted, total: Number(state.ticketsDeletedTotal) } : null,
  };
}

export type Retention = Awaited<ReturnType<typeof getRetention>>;
