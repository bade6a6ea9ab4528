import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";

/** Links (or unlinks) a ticket and a risk by hand, with a timeline event; alerts link by their `risk` label. */
export async function linkRisk({ actor, ticketId, code, linked }: { actor: Actor; ticketId: string; code: string; linked: boolean }) {
  assertCan(actor, "tickets.work");
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE "id" = ${ticketId}::uuid FOR UPDATE`;
    const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { riskCodes: true } });
    if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
    if (linked && !(await tx.risk.findUnique({ where: { code } }))) throw new AppError("INVALID_INPUT", "No risk {code} in the register.", { values: { code }, fieldErrors: { code: [sentence("Not in the register.")] } });
    const has = ticket.riskCodes.includes(code);
    if (has === linked) return;
    const riskCodes = linked ? [...ticket.riskCodes, code].sort() : ticket.riskCodes.filter((c) => c !== code);
    await tx.ticket.update({ where: { id: ticketId }, data: { riskCodes } });
    await recordEvents(tx, eventActor(actor), [{ ticketId, type: linked ? "risk.linked" : "risk.unlinked", data: { code } }]);
  });
}
