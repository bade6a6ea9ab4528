import { z } from "zod";
import { isSecurityEventType } from "@/lib/domain/security-events";

// The security log's filters, from the page's URL.
export const securityLogQuerySchema = z.object({
  type: z
    .string()
    .optional()
    .transform((v) => (v && isSecurityEventType(v) ? v : undefined)),
  who: z.string().trim().max(200).optional().transform((v) => (v ? v.replace(/[\\%_]/g, "\\$&") : undefined)),
  before: z.string().regex(/^\d{1,19}$/).optional().catch(undefined),
  pageSize: z.coerce.number().int().min(10).max(200).catch(100).default(100),
});
export type SecurityLogQuery = z.infer<typeof securityLogQuerySchema>;
