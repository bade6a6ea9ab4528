import { z } from "zod";
import { riskCodePattern, strategies } from "@/lib/domain/risk";

// Shared by the risk forms and the server.
const level = z.coerce.number({ error: "Choose a level." }).int().min(1, "Choose a level.").max(4);
const optionalText = z.string().trim().max(5_000).optional().transform((v) => (v ? v : null));

export const riskFieldsSchema = z.object({
  description: z.string().trim().min(1, "Describe the risk.").max(2_000),
  impact: level,
  probability: level,
  consequences: z.string().trim().min(1, "Say what happens if it occurs.").max(2_000),
  strategy: z.enum(strategies).optional().or(z.literal("").transform(() => undefined)).transform((v) => v ?? null),
  treatment: optionalText,
  ownerId: z.uuid().optional().or(z.literal("").transform(() => undefined)).transform((v) => v ?? null),
  reviewDate: z.iso.date({ error: "Use a date." }).optional().or(z.literal("").transform(() => undefined)).transform((v) => v ?? null),
});

export const createRiskSchema = riskFieldsSchema.extend({
  code: z.string().trim().toUpperCase().regex(riskCodePattern, "A code like R7."),
});

export const updateRiskSchema = riskFieldsSchema.extend({ riskId: z.uuid(), version: z.coerce.number().int().min(0) });

export const linkRiskSchema = z.object({
  ticketId: z.uuid(),
  code: z.string({ error: "Choose a risk." }).trim().toUpperCase().min(1, "Choose a risk.").regex(riskCodePattern, "A code like R3."),
  linked: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export type RiskFields = z.infer<typeof riskFieldsSchema>;
