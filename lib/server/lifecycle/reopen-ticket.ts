import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { runTransition } from "./run-transition";

/** An admin reopens a closed ticket with a reason: back to treatment, and its alert group is its own again if free. */
export async function reopenTicket({ ticketId, actor, reason, expectedVersion }: { ticketId: string; actor: Actor; reason: string; expectedVersion?: number }) {
  return runTransition({
    ticketId, actor, transition: "reopen", input: { reason }, expectedVersion,
    plan: async (ticket, _to, tx) => {
      const groupFree = ticket.groupKey ? (await tx.ticket.count({ where: { openGroupKey: ticket.groupKey } })) === 0 : false;
      return {
        // A duplicate reopened is its own incident again (a merged one's alerts stay where they moved).
        data: { closedAt: null, closingNote: null, closureReason: null, duplicateOfId: null, ...(groupFree ? { openGroupKey: ticket.groupKey } : {}) },
        event: { type: "ticket.reopened", data: { reason } },
      };
    },
  });
}
