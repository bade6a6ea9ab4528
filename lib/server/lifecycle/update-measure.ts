import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { canUpdateMeasure } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import type { MeasureUpdate } from "@/lib/validations/measures";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { assertDeferReason } from "@/lib/server/measures/fields";
import { sentence } from "@/lib/i18n/sentences";

/** The measure's owner or an admin marks it done, deferred (with a reason) or open again. */
export async function updateMeasure({ actor, measureId, state, deferReason }: { actor: Actor } & MeasureUpdate) {
  assertCan(actor, "measures.update");
  return prisma.$transaction(async (tx) => {
    const measure = await tx.measure.findUnique({ where: { id: measureId }, include: { ticket: { select: { step: true } } } });
    if (!measure) throw new AppError("NOT_FOUND", "No such measure.");
    assertAllowed(canUpdateMeasure(actor, measure, measure.ticket), sentence("Only its owner or an admin can update this measure, until the ticket is closed."));
    assertDeferReason(state, deferReason);
    const updated = await tx.measure.update({ where: { id: measureId }, data: { state, deferReason: state === "DEFERRED" ? deferReason : null } });
    await recordEvents(tx, eventActor(actor), [{ ticketId: measure.ticketId, type: "remediation.updated", data: { measureId, title: measure.title, state, deferReason: deferReason ?? null } }]);
    return updated;
  });
}
