import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { canUpdateRexMeasure } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { assertDeferReason } from "@/lib/server/measures/fields";
import type { MeasureUpdate } from "@/lib/validations/measures";

/** A REX's measure is marked done, deferred (with a reason) or open again by the REX's editors or its owner. */
export async function updateRexMeasure({ actor, measureId, state, deferReason }: { actor: Actor } & MeasureUpdate) {
  assertCan(actor, "measures.update");
  const measure = await prisma.rexMeasure.findUnique({ where: { id: measureId }, include: { rex: { select: { id: true, authorId: true } } } });
  if (!measure) throw new AppError("NOT_FOUND", "No such measure.");
  assertAllowed(canUpdateRexMeasure(actor, measure, measure.rex), sentence("Only the REX's author, the measure's owner or an admin can update this measure."));
  assertDeferReason(state, deferReason);
  await prisma.rexMeasure.update({ where: { id: measureId }, data: { state, deferReason: state === "DEFERRED" ? deferReason : null } });
  return { rexId: measure.rex.id };
}
