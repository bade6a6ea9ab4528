import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { formatMatchers, type Matcher } from "@/lib/domain/silences/matchers";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { isId } from "@/lib/validations/ids";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { deleteSilence, preferring } from "./alertmanager-api";
import { coveredOpenTickets } from "./covered-open-tickets";

/** Ends (or cancels, before it starts) a maintenance window, in Alertmanager first. */
export async function expireMaintenanceWindow({ actor, windowId, now = new Date() }: { actor: Actor; windowId: string; now?: Date }) {
  assertCan(actor, "silences.manage");
  if (!isId(windowId)) throw new AppError("NOT_FOUND", "No such maintenance window.");
  const window = await prisma.maintenanceWindow.findUnique({ where: { id: windowId } });
  if (!window) throw new AppError("NOT_FOUND", "No such maintenance window.");
  if (window.expiredAt) throw new AppError("CONFLICT", "This maintenance window is already expired.");
  await deleteSilence(window.silenceId, preferring(window.alertmanagerUrl), sentence("Alertmanager did not answer ({problems}). The maintenance window was not expired."));
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.maintenanceWindow.updateMany({ where: { id: window.id, expiredAt: null }, data: { expiredAt: now } });
    if (count === 0) return;
    const matchers = window.matchers as Matcher[];
    const data = { silenceId: window.silenceId, maintenance: true, reason: window.reason, matchers: formatMatchers(matchers) };
    const tickets = await coveredOpenTickets(tx, matchers);
    await recordEvents(tx, eventActor(actor), tickets.map((ticketId) => ({ ticketId, type: "silence.expired" as const, at: now, data })));
  });
}
