import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { vigieMetrics } from "@/lib/server/metrics/prometheus";
import { runTransition } from "./run-transition";

/** Step 4: the assignee (or an admin) records the solution; they become the solver. */
export async function recordSolution({ ticketId, actor, solution, expectedVersion }: { ticketId: string; actor: Actor; solution: string; expectedVersion?: number }) {
  let first = false;
  const updated = await runTransition({
    ticketId, actor, transition: "recordSolution", input: { solution }, expectedVersion,
    plan: async (ticket) => {
      first = ticket.solvedAt === null;
      return {
        data: { solution, solverId: actor.id, solvedAt: ticket.solvedAt ?? new Date() },
        event: { type: "ticket.solution_recorded", data: { solution } },
      };
    },
  });
  if (first && updated.solvedAt) vigieMetrics().toSolution.observe((updated.solvedAt.getTime() - updated.createdAt.getTime()) / 1000);
  return updated;
}
