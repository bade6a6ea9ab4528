import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { writeSetting } from "@/lib/server/settings/write-setting";

/** Admins set how long raw webhook bodies and closed tickets are kept (null: closed tickets kept for ever). */
export async function updateRetention({ actor, deliveryBodyDays, closedTicketDays }: { actor: Actor; deliveryBodyDays: number; closedTicketDays: number | null }) {
  assertCan(actor, "administer");
  await prisma.$transaction(async (tx) => {
    await writeSetting(tx, actor, "deliveryBodyDays", deliveryBodyDays, { value: deliveryBodyDays });
    await writeSetting(tx, actor, "closedTicketDays", closedTicketDays, { value: closedTicketDays });
  });
}
