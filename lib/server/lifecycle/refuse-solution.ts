import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { publicUrl } from "@/lib/env";
import { refusedEmail } from "@/lib/mail/templates";
import { runTransition } from "./run-transition";

/** Step 5: an admin refuses with a reason; the ticket goes back to treatment and the assignee is told. */
export async function refuseSolution({ ticketId, actor, reason, expectedVersion }: { ticketId: string; actor: Actor; reason: string; expectedVersion?: number }) {
  return runTransition({
    ticketId, actor, transition: "refuse", input: { reason }, expectedVersion,
    plan: async (ticket, _to, tx) => {
      const assignee = ticket.assigneeId ? await tx.user.findUnique({ where: { id: ticket.assigneeId }, select: { email: true } }) : null;
      return {
        before: async (t) => {
          const existing = await t.validationVote.findUnique({ where: { ticketId_round_adminId: { ticketId, round: ticket.validationRound, adminId: actor.id } } });
          if (existing) throw new AppError("CONFLICT", "You already decided on this solution.");
          await t.validationVote.create({ data: { ticketId, round: ticket.validationRound, adminId: actor.id, decision: "REFUSE", reason } });
        },
        event: { type: "validation.refused", data: { round: ticket.validationRound, reason } },
        emails: assignee ? [{ kind: "validation.refused", to: [assignee.email], ...refusedEmail(publicUrl(), ticket, { by: actor.name, reason }) }] : [],
      };
    },
  });
}
