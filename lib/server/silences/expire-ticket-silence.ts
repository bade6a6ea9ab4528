import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { formatMatchers, type Matcher } from "@/lib/domain/silences/matchers";
import { AppError } from "@/lib/errors";
import { eventActor, recordEvents, type EventActor } from "@/lib/server/timeline/record-events";
import { deleteSilence, preferring } from "./alertmanager-api";
import { loadTicketSilence } from "./load-ticket-silence";

type Row = { id: string; ticketId: string; silenceId: string; alertmanagerUrl: string; matchers: unknown };

/**
 * Alertmanager has expired the silence: record it once. The conditional update makes a repeat (two instances,
 * a retry) write nothing, so the timeline says it once.
 */
export async function recordExpiry(row: Row, actor: EventActor, now: Date, data: Record<string, string> = {}): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.ticketSilence.updateMany({ where: { id: row.id, expiredAt: null }, data: { expiredAt: now, expiryError: null } });
    if (count === 0) return false;
    await recordEvents(tx, actor, [{
      ticketId: row.ticketId, type: "silence.expired", at: now,
      data: { silenceId: row.silenceId, matchers: formatMatchers(row.matchers as Matcher[]), ...data },
    }]);
    return true;
  });
}

/** Ends a ticket's silence now, in Alertmanager first (`DELETE /api/v2/silence/{id}`). */
export async function expireTicketSilence({ actor, ticketSilenceId, now = new Date() }: { actor: Actor; ticketSilenceId: string; now?: Date }) {
  assertCan(actor, "silences.manage");
  const row = await loadTicketSilence(ticketSilenceId);
  if (row.expiredAt) throw new AppError("CONFLICT", "This silence is already expired.");
  await deleteSilence(row.silenceId, preferring(row.alertmanagerUrl));
  await recordExpiry(row, eventActor(actor), now);
  return { ticketId: row.ticketId };
}
