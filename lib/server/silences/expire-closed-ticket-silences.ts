import "server-only";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { errorSummary } from "@/lib/errors";
import type { EventActor } from "@/lib/server/timeline/record-events";
import { deleteSilence, preferring } from "./alertmanager-api";
import { recordExpiry } from "./expire-ticket-silence";

const SYSTEM: EventActor = { kind: "SYSTEM" };
const BATCH = 50;

type Outcome = { expired: number; failed: number };

/**
 * A closed ticket's silences still running are expired in Alertmanager. Runs after the close committed: the
 * ticket is closed whatever Alertmanager answers. A silence it did not expire keeps its attempt count and the
 * error, and the background job tries again (retryClosedTicketSilences).
 */
export async function expireClosedTicketSilences({ ticketId, actor = SYSTEM, now = new Date() }: { ticketId?: string; actor?: EventActor; now?: Date } = {}): Promise<Outcome> {
  const rows = await prisma.ticketSilence.findMany({
    where: { expiredAt: null, endsAt: { gt: now }, ticket: { step: "CLOSURE" }, ...(ticketId ? { ticketId } : {}) },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  const outcome: Outcome = { expired: 0, failed: 0 };
  for (const row of rows) {
    try {
      const urls = env().ALERTMANAGER_URL;
      if (!urls?.length) throw new Error("ALERTMANAGER_URL is not set");
      await deleteSilence(row.silenceId, preferring(row.alertmanagerUrl, urls));
      if (await recordExpiry(row, actor, now, { reason: "ticket closed" })) outcome.expired += 1;
    } catch (error) {
      outcome.failed += 1;
      const message = errorSummary(error);
      await prisma.ticketSilence.update({ where: { id: row.id }, data: { expiryAttempts: { increment: 1 }, expiryError: message } });
      if (row.expiryAttempts === 0) console.warn(`silence ${row.silenceId} of a closed ticket not expired yet, retried in the background: ${message}`);
    }
  }
  return outcome;
}

/** The background job: every closed ticket's silence still running, whichever instance closed it. */
export const retryClosedTicketSilences = (now = new Date()) => expireClosedTicketSilences({ now });
