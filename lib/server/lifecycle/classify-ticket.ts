import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { priorityOf, type Level } from "@/lib/domain/priority";
import { getSettings } from "@/lib/server/settings/get-settings";
import { runTransition } from "./run-transition";
import type { ClassificationInput } from "@/lib/validations/lifecycle";

/** Step 2: impact × urgency → priority through the team's matrix; category; affected services. */
export async function classifyTicket({ ticketId, actor, input, expectedVersion }: { ticketId: string; actor: Actor; input: ClassificationInput; expectedVersion?: number }) {
  return runTransition({
    ticketId, actor, transition: "classify", input, expectedVersion,
    plan: async (_ticket, _to, tx) => {
      const { priorityMatrix } = await getSettings(tx);
      const priority = priorityOf(input.urgency as Level, input.impact as Level, priorityMatrix);
      return {
        data: { impact: input.impact, urgency: input.urgency, priority, category: input.category, affectedServices: input.affectedServices },
        event: { type: "ticket.classified", data: { impact: input.impact, urgency: input.urgency, priority, category: input.category, affectedServices: input.affectedServices } },
      };
    },
  });
}
