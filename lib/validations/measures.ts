import { z } from "zod";

// Measures (the plan's "mesures"): on a ticket in remediation and in a REX. Shared by the forms and the server.
const dueDate = z.iso.date({ error: "Use a date." }).optional().or(z.literal("").transform(() => undefined));
const title = z.string({ error: "Describe the measure." }).trim().min(1, "Describe the measure.").max(300);

export const measureStates = ["OPEN", "DONE", "DEFERRED"] as const;

export const measureSchema = z.object({
  ticketId: z.uuid(),
  title,
  ownerId: z.uuid({ error: "Choose an owner." }),
  dueDate,
});

export const rexMeasureSchema = z.object({
  rexId: z.uuid(),
  title,
  ownerId: z.uuid().optional().or(z.literal("").transform(() => undefined)),
  dueDate,
});

export const measureUpdateSchema = z
  .object({
    measureId: z.uuid(),
    state: z.enum(measureStates),
    deferReason: z.string().trim().max(2_000).optional(),
  })
  .refine((v) => v.state !== "DEFERRED" || (v.deferReason ?? "").length > 0, { path: ["deferReason"], message: "Say why it is deferred." });
export type MeasureUpdate = z.infer<typeof measureUpdateSchema>;
