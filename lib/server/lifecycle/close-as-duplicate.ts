import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";
import { refreshSignals } from "@/lib/server/alerts/refresh-signals";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { runTransition } from "./run-transition";
import { sentence } from "@/lib/i18n/sentences";
import { prismaSql } from "@/lib/db/sql";

/** A ticket named by its id or its number ("#12" or "12"). */
export async function findTicketRef(tx: Prisma.TransactionClient, ref: string) {
  const text = ref.trim();
  const number = /^#?\d{1,9}$/.test(text) ? Number(text.replace("#", "")) : null;
  if (number === null && !isId(text)) return null;
  return tx.ticket.findUnique({
    where: number !== null ? { number } : { id: text },
    select: { id: true, number: true, step: true, riskCodes: true, duplicateOfId: true },
  });
}

/**
 * Closes a ticket as the same incident as another (`duplicateOf`: its id or number), from any open step.
 * With `merge`, the duplicate's alerts move to the other ticket (and its risks with them) and its timeline is
 * shown there by reference; otherwise its alerts stay. Either way its alert group now follows the other
 * ticket (lib/server/alerts/ingest-delivery.ts), and no email is sent: during a storm it would be noise.
 *
 * The timeline is never copied: TimelineEvent rows are immutable and belong to the ticket they happened to;
 * the target shows the merged tickets' rows beside its own (getTicket), each marked with its ticket's number,
 * and records one "ticket.merged" event of its own.
 */
export async function closeAsDuplicate({ ticketId, actor, duplicateOf, merge = false, expectedVersion, now = new Date() }: {
  ticketId: string; actor: Actor; duplicateOf: string; merge?: boolean; expectedVersion?: number; now?: Date;
}) {
  return runTransition({
    ticketId, actor, transition: "closeAsDuplicate", input: { duplicateOf }, expectedVersion, now,
    plan: async (ticket, _to, tx) => {
      const target = await findTicketRef(tx, duplicateOf);
      if (!target) throw new AppError("INVALID_INPUT", "No ticket {ref}.", { values: { ref: duplicateOf }, fieldErrors: { duplicateOf: ["No such ticket."] } });
      if (target.id === ticket.id) throw new AppError("INVALID_INPUT", "A ticket cannot be a duplicate of itself.", { fieldErrors: { duplicateOf: [sentence("Another ticket.")] } });
      if (target.duplicateOfId === ticket.id) {
        throw new AppError("INVALID_INPUT", "#{number} is already a duplicate of this ticket.", { values: { number: target.number }, fieldErrors: { duplicateOf: [sentence("Another ticket.")] } });
      }
      if (merge) {
        // Locked after the duplicate (runTransition locked it): a merge into a ticket being closed waits for it.
        await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE "id" = ${target.id}::uuid FOR UPDATE`;
        const current = await tx.ticket.findUniqueOrThrow({ where: { id: target.id }, select: { step: true, riskCodes: true } });
        if (current.step === "CLOSURE") {
          throw new AppError("INVALID_INPUT", "#{number} is closed: merge into an open ticket.", { values: { number: target.number }, fieldErrors: { duplicateOf: ["Choose an open ticket."] } });
        }
        target.riskCodes = current.riskCodes;
      }
      const link = { duplicateOfId: target.id, duplicateOfNumber: target.number };
      return {
        data: {
          closedAt: now,
          openGroupKey: null,
          closureReason: merge ? "MERGED" : "DUPLICATE",
          duplicateOfId: target.id,
          closingNote: `${merge ? "Merged into" : "Duplicate of"} #${target.number}.`,
          ...(merge ? { signal: "NONE" as const } : {}),
        },
        event: { type: merge ? "ticket.merged_into" : "ticket.closed_as_duplicate", data: link },
        before: merge
          ? async (db) => {
              const moved = await db.alert.updateMany({ where: { ticketId: ticket.id }, data: { ticketId: target.id } });
              const riskCodes = [...new Set([...target.riskCodes, ...ticket.riskCodes])].sort();
              await db.ticket.update({ where: { id: target.id }, data: { riskCodes } });
              await recordEvents(db, eventActor(actor), [
                { ticketId: target.id, type: "ticket.merged", at: now, data: { mergedTicketId: ticket.id, mergedNumber: ticket.number, alertsMoved: moved.count } },
              ]);
              await refreshSignals(prismaSql(db), [target.id], eventActor(actor), now);
            }
          : undefined,
      };
    },
  });
}
