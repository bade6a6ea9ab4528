import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { runTransition } from "./run-transition";

/** Step 5: an admin other than the solver approves; at quorum the ticket moves on to remediation. */
export async function approveSolution({ ticketId, actor, expectedVersion }: { ticketId: string; actor: Actor; expectedVersion?: number }) {
  return runTransition({
    ticketId, actor, transition: "approve", input: {}, expectedVersion,
    plan: async (ticket, to) => ({
      before: async (tx) => {
        const existing = await tx.validationVote.findUnique({ where: { ticketId_round_adminId: { ticketId, round: ticket.validationRound, adminId: actor.id } } });
        if (existing) throw new AppError("CONFLICT", "You already decided on this solution.");
        await tx.validationVote.create({ data: { ticketId, round: ticket.validationRound, adminId: actor.id, decision: "APPROVE" } });
      },
      event: { type: "validation.approved", data: { round: ticket.validationRound, quorumReached: to === "REMEDIATION" } },
    }),
  });
}
