import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canBeAssigned } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { publicUrl } from "@/lib/env";
import { assignedEmail } from "@/lib/mail/templates";
import { vigieMetrics } from "@/lib/server/metrics/prometheus";
import { runTransition } from "./run-transition";

/** Step 3: an admin assigns a competent technician or admin; the assignee is emailed. */
export async function assignTicket({ ticketId, actor, assigneeId, expectedVersion }: { ticketId: string; actor: Actor; assigneeId: string; expectedVersion?: number }) {
  let first = false;
  const updated = await runTransition({
    ticketId, actor, transition: "assign", input: { assigneeId }, expectedVersion,
    plan: async (ticket, _to, tx) => {
      const assignee = await tx.user.findUnique({ where: { id: assigneeId } });
      if (!assignee || !assignee.active || !canBeAssigned(assignee)) {
        throw new AppError("INVALID_INPUT", "Assign an active technician or admin.", { fieldErrors: { assigneeId: ["Choose an active technician or admin."] } });
      }
      const now = new Date();
      first = ticket.assignedAt === null;
      return {
        data: { assigneeId, assignedAt: ticket.assignedAt ?? now },
        event: { type: "ticket.assigned", data: { assigneeId, assigneeName: assignee.name, previousAssigneeId: ticket.assigneeId } },
        emails: [{ kind: "ticket.assigned", to: [assignee.email], ...assignedEmail(publicUrl(), ticket, actor.name) }],
      };
    },
  });
  if (first && updated.assignedAt) vigieMetrics().toAssignment.observe((updated.assignedAt.getTime() - updated.createdAt.getTime()) / 1000);
  return updated;
}
