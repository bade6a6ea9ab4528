import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { runTransition } from "@/lib/server/tickets/run-transition";

/** Step 4: the assignee (or an admin) records the solution; they become the solver. */
export async function recordSolution({ ticketId, actor, solution, expectedVersion }: { ticketId: string; actor: Actor; solution: string; expectedVersion?: number }) {
  return runTransition({
    ticketId, actor, action: "recordSolution", input: { solution }, expectedVersion,
    plan: async (ticket) => ({
      data: { solution, solverId: actor.id, solvedAt: ticket.solvedAt ?? new Date() },
      event: { type: "ticket.solution_recorded", data: { solution } },
    }),
  });
}
