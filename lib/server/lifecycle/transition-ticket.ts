import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TransitionRequest } from "@/lib/validations/lifecycle";
import { approveSolution } from "./approve-solution";
import { assignTicket } from "./assign-ticket";
import { classifyTicket } from "./classify-ticket";
import { closeAsDuplicate } from "./close-as-duplicate";
import { closeTicket } from "./close-ticket";
import { recordSolution } from "./record-solution";
import { refuseSolution } from "./refuse-solution";
import { reopenTicket } from "./reopen-ticket";
import { requestValidation } from "./request-validation";

/** Dispatches a validated transition request to its use case (the API and the ticket page share it). */
export function transitionTicket({ ticketId, actor, request }: { ticketId: string; actor: Actor; request: TransitionRequest }) {
  const base = { ticketId, actor, expectedVersion: request.version };
  switch (request.transition) {
    case "classify":
      return classifyTicket({ ...base, input: { impact: request.impact, urgency: request.urgency, category: request.category, affectedServices: request.affectedServices } });
    case "assign":
      return assignTicket({ ...base, assigneeId: request.assigneeId });
    case "recordSolution":
      return recordSolution({ ...base, solution: request.solution });
    case "requestValidation":
      return requestValidation(base);
    case "approve":
      return approveSolution(base);
    case "refuse":
      return refuseSolution({ ...base, reason: request.reason });
    case "close":
      return closeTicket({ ...base, note: request.note });
    case "reopen":
      return reopenTicket({ ...base, reason: request.reason });
    case "closeAsDuplicate":
      return closeAsDuplicate({ ...base, duplicateOf: request.duplicateOf });
  }
}
