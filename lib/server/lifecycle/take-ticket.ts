import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { vigieMetrics } from "@/lib/server/metrics/prometheus";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { runTransition } from "./run-transition";

/**
 * "Take it": the assign transition with the actor as assignee, so the lifecycle's rules decide (a technician
 * only on an unassigned ticket, when the team's selfAssign setting allows it). Taking a ticket is also saying
 * "I'm on it": an unacknowledged ticket is acknowledged in the same transaction. No email: he knows.
 */
export async function takeTicket({ ticketId, actor, expectedVersion }: { ticketId: string; actor: Actor; expectedVersion?: number }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "A person takes a ticket, not an API token.");
  const now = new Date();
  let first = false;
  let acknowledged = false;
  const updated = await runTransition({
    ticketId, actor, transition: "assign", input: { assigneeId: actor.id }, expectedVersion, now,
    plan: async (ticket) => {
      first = ticket.assignedAt === null;
      const acknowledge = ticket.acknowledgedAt === null;
      acknowledged = acknowledge;
      return {
        data: { assigneeId: actor.id, assignedAt: ticket.assignedAt ?? now, ...(acknowledge ? { acknowledgedAt: now, acknowledgedById: actor.id } : {}) },
        event: { type: "ticket.assigned", data: { assigneeId: actor.id, assigneeName: actor.name, previousAssigneeId: ticket.assigneeId, self: true } },
        before: acknowledge
          ? (tx) => recordEvents(tx, eventActor(actor), [{ ticketId: ticket.id, type: "ticket.acknowledged", at: now, data: { step: ticket.step, via: "take" } }])
          : undefined,
      };
    },
  });
  const since = (now.getTime() - updated.createdAt.getTime()) / 1000;
  if (first) vigieMetrics().toAssignment.observe(since);
  if (acknowledged) vigieMetrics().toAcknowledgement.observe(since);
  return updated;
}
