import { z } from "zod";
import { categories } from "@/lib/domain/alerts/mapping";

// Shared by the ticket page's forms, the server actions and POST /api/tickets/{id}/transitions.
const level = z.coerce.number({ error: "Choose a level." }).int().min(1, "Choose a level.").max(5);
// `missing` is a whole sentence (translated as one: lib/i18n/sentences.ts).
const text = (missing: string, max = 10_000) => z.string({ error: missing }).trim().min(1, missing).max(max);
const version = z.coerce.number().int().min(0).optional();

export const classificationSchema = z.object({
  impact: level,
  urgency: level,
  category: z.enum(categories, { error: "Choose a category." }),
  affectedServices: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : (v ?? "").split(",")).map((s) => s.trim()).filter(Boolean).slice(0, 50)),
});
export type ClassificationInput = z.infer<typeof classificationSchema>;

export const transitionSchemas = {
  classify: classificationSchema,
  assign: z.object({ assigneeId: z.uuid({ error: "Choose who treats it." }) }),
  recordSolution: z.object({ solution: text("Write the solution.") }),
  requestValidation: z.object({}),
  approve: z.object({}),
  refuse: z.object({ reason: text("Write why the solution is refused.", 2_000) }),
  close: z.object({ note: text("Write a closing note.", 5_000) }),
  reopen: z.object({ reason: text("Write why it is reopened.", 2_000) }),
  /** The ticket it duplicates: its number ("#12", "12") or id. */
  closeAsDuplicate: z.object({ duplicateOf: text("Write the number of the ticket it duplicates.", 100) }),
} as const;

/** One request body for every transition: the action, the version the client saw, and the action's fields. */
export const transitionRequestSchema = z.discriminatedUnion("transition", [
  z.object({ transition: z.literal("classify"), version, ...classificationSchema.shape }),
  z.object({ transition: z.literal("assign"), version, ...transitionSchemas.assign.shape }),
  z.object({ transition: z.literal("recordSolution"), version, ...transitionSchemas.recordSolution.shape }),
  z.object({ transition: z.literal("requestValidation"), version }),
  z.object({ transition: z.literal("approve"), version }),
  z.object({ transition: z.literal("refuse"), version, ...transitionSchemas.refuse.shape }),
  z.object({ transition: z.literal("close"), version, ...transitionSchemas.close.shape }),
  z.object({ transition: z.literal("reopen"), version, ...transitionSchemas.reopen.shape }),
  z.object({ transition: z.literal("closeAsDuplicate"), version, ...transitionSchemas.closeAsDuplicate.shape }),
]);
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

export const reportIncidentSchema = z.object({
  title: text("Write a title.", 200),
  description: z.string().trim().max(10_000).optional().default(""),
  urgency: level.optional().default(3),
  category: z.enum(categories).optional().or(z.literal("").transform(() => undefined)),
});

/** "I'm on it" and "Take it" on the ticket page. */
export const ticketIdSchema = z.object({ ticketId: z.uuid(), version });

export const followUpSchema = z.object({ ticketId: z.uuid(), body: text("Write the follow-up.", 10_000) });
