import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { publicUrl } from "@/lib/env";
import { validationRequestedEmail } from "@/lib/mail/templates";
import { activeAdminEmails } from "@/lib/server/mail/enqueue-email";
import { getSettings } from "@/lib/server/settings/get-settings";
import { runTransition } from "./run-transition";

/** Step 5 begins: a new validation round; the admins are asked by email. */
export async function requestValidation({ ticketId, actor, expectedVersion }: { ticketId: string; actor: Actor; expectedVersion?: number }) {
  return runTransition({
    ticketId, actor, transition: "requestValidation", input: {}, expectedVersion,
    plan: async (ticket, _to, tx) => {
      const { quorumPolicy } = await getSettings(tx);
      const solver = ticket.solverId ? await tx.user.findUnique({ where: { id: ticket.solverId }, select: { name: true } }) : null;
      const email = validationRequestedEmail(publicUrl(), ticket, { solver: solver?.name ?? actor.name, solution: ticket.solution ?? "", policy: quorumPolicy });
      return {
        data: { validationRound: { increment: 1 } },
        event: { type: "ticket.validation_requested", data: { round: ticket.validationRound + 1, policy: quorumPolicy } },
        emails: [{ kind: "ticket.validation_requested", to: await activeAdminEmails(tx), ...email }],
      };
    },
  });
}
