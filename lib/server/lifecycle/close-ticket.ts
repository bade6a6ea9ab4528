import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { publicUrl } from "@/lib/env";
import { closedEmail } from "@/lib/mail/templates";
import { activeAdminEmails } from "@/lib/server/mail/enqueue-email";
import { expireClosedTicketSilences } from "@/lib/server/silences/expire-closed-ticket-silences";
import { eventActor } from "@/lib/server/timeline/record-events";
import { runTransition } from "./run-transition";

/** Step 7: closed with a note; the alert group is free again, so its next firing opens a new, linked ticket. */
export async function closeTicket({ ticketId, actor, note, expectedVersion }: { ticketId: string; actor: Actor; note: string; expectedVersion?: number }) {
  const closed = await runTransition({
    ticketId, actor, transition: "close", input: { note }, expectedVersion,
    plan: async (ticket, _to, tx) => ({
      data: { closingNote: note, closedAt: new Date(), openGroupKey: null, closureReason: "RESOLVED" },
      event: { type: "ticket.closed", data: { note } },
      emails: [{ kind: "ticket.closed", to: await activeAdminEmails(tx), ...closedEmail(publicUrl(), ticket, { by: actor.name, note }) }],
    }),
  });
  // After the commit, never inside it: the ticket is closed whatever Alertmanager answers; a failure is retried.
  await expireClosedTicketSilences({ ticketId, actor: eventActor(actor) }).catch((error: Error) => console.error(`closed ticket's silences left to the retry job: ${error.message}`));
  return closed;
}
