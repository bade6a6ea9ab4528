import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { canEditRex } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { utcDay } from "@/lib/server/measures/fields";

/** A measure planned in a REX ("actions correctives"): added by whoever may edit the REX. */
export async function addRexMeasure({ actor, rexId, title, ownerId, dueDate }: { actor: Actor; rexId: string; title: string; ownerId?: string; dueDate?: string }) {
  assertCan(actor, "rex.write");
  const rex = await prisma.rex.findUnique({ where: { id: rexId }, select: { authorId: true } });
  if (!rex) throw new AppError("NOT_FOUND", "No such REX.");
  assertAllowed(canEditRex(actor, rex), sentence("Only the REX's author or an admin can add a measure to it."));
  return prisma.rexMeasure.create({ data: { rexId, title, ownerId: ownerId ?? null, dueDate: utcDay(dueDate) } });
}
