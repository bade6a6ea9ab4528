import { z } from "zod";

// Shared by the REX form and the server.
const text = (max: number) => z.string().trim().max(max).optional().default("");

export const rexFieldsSchema = z.object({
  title: z.string().trim().min(1, "Give the REX a title.").max(300),
  context: text(10_000),
  courseNarrative: text(20_000),
  weakPoint: text(10_000),
  actionsTaken: text(10_000),
  recommendations: text(10_000),
  riskCodes: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : (v ?? "").split(",")).map((s) => s.trim().toUpperCase()).filter((s) => /^R\d{1,4}$/.test(s))),
});
export type RexFields = z.infer<typeof rexFieldsSchema>;

export const updateRexSchema = rexFieldsSchema.extend({ rexId: z.uuid(), version: z.coerce.number().int().min(0) });
export const rexIdSchema = z.object({ rexId: z.uuid() });
export const rexFromTicketSchema = z.object({ ticketId: z.uuid() });
