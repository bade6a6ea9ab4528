import { z } from "zod";
import { riskCodePattern } from "@/lib/domain/risk";
import { classificationSchema } from "./lifecycle";

// Shared by the ticket list's bulk bar, its server action and POST /api/tickets/bulk.
export const BULK_MAX = 500;
export const bulkActions = ["acknowledge", "classify", "assign", "linkRisk", "merge", "closeAsDuplicate"] as const;
export type BulkActionName = (typeof bulkActions)[number];

// Their buttons: messages' tickets.bulk.actions.<name>.

/** A ticket by its id or its number ("#12" or "12"). */
const ticketRef = z.string({ error: "Name a ticket: its number or id." }).trim().min(1, "Name a ticket: its number or id.").max(100);

export const bulkActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("acknowledge"), input: z.object({}).optional().default({}) }),
  z.object({ action: z.literal("classify"), input: classificationSchema }),
  z.object({ action: z.literal("assign"), input: z.object({ assigneeId: z.uuid({ error: "Choose who treats them." }) }) }),
  z.object({ action: z.literal("linkRisk"), input: z.object({ code: z.string().trim().toUpperCase().regex(riskCodePattern, "A code like R3.") }) }),
  /** The others' alerts move to `target` (one of the selection or any open ticket); they close as merged into it. */
  z.object({ action: z.literal("merge"), input: z.object({ target: ticketRef }) }),
  z.object({ action: z.literal("closeAsDuplicate"), input: z.object({ duplicateOf: ticketRef }) }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

/** The selection: ticket ids, or the list's filter (its URL query) for "select all matching the filter". */
export const bulkRequestSchema = z
  .object({
    ticketIds: z.array(z.uuid()).min(1, "Select at least one ticket.").max(BULK_MAX, "At most 500 tickets at once.").optional(),
    filter: z.string().max(4_000).optional(),
  })
  .and(bulkActionSchema)
  .refine((r) => (r.ticketIds === undefined) !== (r.filter === undefined), { message: "Send either ticketIds or filter." });
export type BulkRequest = z.infer<typeof bulkRequestSchema>;

/** The server action's form: the request as one JSON field. */
export const bulkFormSchema = z.object({
  payload: z
    .string()
    .max(100_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "Not JSON." });
        return z.NEVER;
      }
    })
    .pipe(bulkRequestSchema),
});
