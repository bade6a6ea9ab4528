import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError, isAppError, isDatabaseUnavailable, type AppErrorCode } from "@/lib/errors";
import { acknowledgeTicket } from "@/lib/server/lifecycle/acknowledge-ticket";
import { assignTicket } from "@/lib/server/lifecycle/assign-ticket";
import { classifyTicket } from "@/lib/server/lifecycle/classify-ticket";
import { closeAsDuplicate, findTicketRef } from "@/lib/server/lifecycle/close-as-duplicate";
import { linkRisk } from "@/lib/server/risks/link-risk";
import { BULK_MAX, type BulkAction } from "@/lib/validations/bulk";
import { sentence } from "@/lib/i18n/sentences";

export type BulkOutcome = { ticketId: string; number: number | null };
/** `reason` in English; a reason with a variable part also gives its sentence and values, to be translated. */
export type BulkRefusal = BulkOutcome & { code: AppErrorCode | "INTERNAL"; reason: string; sentence?: string; values?: Record<string, string | number> };

/**
 * One action on many tickets, in one request. Each ticket goes through its own rules in its own transaction
 * (the lifecycle's transition table through runTransition, the acknowledgement's rule, the risk link's), so
 * one refusal leaves the others done; the answer says which were done and which refused, and why.
 */
export async function bulkAct({ actor, ticketIds, action, input }: { actor: Actor; ticketIds: string[] } & BulkAction) {
  assertCan(actor, "tickets.bulk");
  const ids = [...new Set(ticketIds)];
  if (ids.length === 0) throw new AppError("INVALID_INPUT", "Select at least one ticket.");
  if (ids.length > BULK_MAX) throw new AppError("INVALID_INPUT", "At most {max} tickets at once.", { values: { max: BULK_MAX } });
  const started = Date.now();

  // A merge's target is checked once, before any ticket moves: a wrong target does nothing at all.
  let target: { id: string; number: number } | null = null;
  if (action === "merge") {
    const found = await findTicketRef(prisma, input.target);
    if (!found) throw new AppError("INVALID_INPUT", "No ticket {ref}.", { values: { ref: input.target }, fieldErrors: { target: ["No such ticket."] } });
    if (found.step === "CLOSURE") throw new AppError("INVALID_INPUT", "#{number} is closed: merge into an open ticket.", { values: { number: found.number }, fieldErrors: { target: [sentence("Choose an open ticket.")] } });
    target = found;
  }

  const numbers = new Map((await prisma.ticket.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } })).map((t) => [t.id, t.number]));
  const perTicket = (ticketId: string): Promise<unknown> => {
    switch (action) {
      case "acknowledge":
        return acknowledgeTicket({ ticketId, actor });
      case "classify":
        return classifyTicket({ ticketId, actor, input });
      case "assign":
        return assignTicket({ ticketId, actor, assigneeId: input.assigneeId });
      case "linkRisk":
        return linkRisk({ actor, ticketId, code: input.code, linked: true });
      case "merge":
        return closeAsDuplicate({ ticketId, actor, duplicateOf: target!.id, merge: true });
      case "closeAsDuplicate":
        return closeAsDuplicate({ ticketId, actor, duplicateOf: input.duplicateOf });
    }
  };

  const done: BulkOutcome[] = [];
  const refused: BulkRefusal[] = [];
  let unavailable = false;
  for (const ticketId of ids) {
    const number = numbers.get(ticketId) ?? null;
    if (number === null) {
      refused.push({ ticketId, number, code: "NOT_FOUND", reason: "No such ticket." });
      continue;
    }
    if (target && ticketId === target.id) continue; // the merge's target stays, and takes the others
    if (unavailable) {
      refused.push({ ticketId, number, code: "UNAVAILABLE", reason: sentence("Not tried: the database became unavailable.") });
      continue;
    }
    try {
      await perTicket(ticketId);
      done.push({ ticketId, number });
    } catch (error) {
      if (isAppError(error)) {
        const values = error.details?.values;
        refused.push({ ticketId, number, code: error.code, reason: error.message, ...(values ? { sentence: error.sentence, values } : {}) });
      }
      else if (isDatabaseUnavailable(error)) {
        unavailable = true;
        refused.push({ ticketId, number, code: "UNAVAILABLE", reason: sentence("The database is unavailable; try again.") });
      } else {
        console.error(`bulk ${action} failed on ticket #${number}:`, error);
        refused.push({ ticketId, number, code: "INTERNAL", reason: sentence("Internal error; nothing was changed on this ticket.") });
      }
    }
  }
  return { action, requested: ids.length, target, done, refused, durationMs: Date.now() - started };
}

export type BulkResult = Awaited<ReturnType<typeof bulkAct>>;
