import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { canSilenceTicket } from "@/lib/domain/permissions";
import { extendedEnd, extensionBody, silenceDurations, type SilenceDuration } from "@/lib/domain/silences/requests";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { getSilence, postSilence, preferring } from "./alertmanager-api";
import { loadTicketSilence } from "./load-ticket-silence";

/**
 * Pushes a ticket's silence's end later: the same id, matchers and start Alertmanager reports, a new endsAt
 * (Alertmanager then updates it in place). Alertmanager first; if storing fails, the old end is put back.
 */
export async function extendTicketSilence({ actor, ticketSilenceId, duration, now = new Date() }: { actor: Actor; ticketSilenceId: string; duration: SilenceDuration; now?: Date }) {
  assertCan(actor, "silences.manage");
  const row = await loadTicketSilence(ticketSilenceId);
  assertAllowed(canSilenceTicket(actor, row.ticket), sentence("A closed ticket's silences are not extended."));
  if (row.expiredAt) throw new AppError("CONFLICT", "This silence was expired; silence the ticket again instead.");
  const urls = preferring(row.alertmanagerUrl);
  const { value: current } = await getSilence(row.silenceId, urls, sentence("Alertmanager did not answer ({problems}). The silence was not extended."));
  if (!current || current.status.state === "expired") throw new AppError("CONFLICT", "Alertmanager holds this silence as ended; silence the ticket again instead.");

  const endsAt = extendedEnd(new Date(current.endsAt), now, silenceDurations[duration].ms);
  const { url, silenceId } = await postSilence(extensionBody(current, endsAt), urls, sentence("Alertmanager did not answer ({problems}). The silence was not extended."));
  try {
    return await prisma.$transaction(async (tx) => {
      const updated = await tx.ticketSilence.update({ where: { id: row.id }, data: { endsAt, silenceId, alertmanagerUrl: url } });
      await recordEvents(tx, eventActor(actor), [{
        ticketId: row.ticketId, type: "silence.extended", at: now,
        data: { silenceId, previousSilenceId: silenceId === row.silenceId ? undefined : row.silenceId, previousEndsAt: current.endsAt, endsAt: endsAt.toISOString() },
      }]);
      return updated;
    });
  } catch (error) {
    await postSilence({ ...extensionBody(current, new Date(current.endsAt)), id: silenceId }, [url]).catch((e: Error) => console.error(`silence ${silenceId} stays extended in Alertmanager after a failure: ${e.message}`));
    throw error;
  }
}
