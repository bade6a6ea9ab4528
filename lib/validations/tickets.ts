import { z } from "zod";
import { steps } from "@/lib/domain/lifecycle/steps";
import { categories } from "@/lib/domain/alerts/mapping";

// Shared by the ticket list (URL state), GET /api/tickets and the server.
export const signals = ["FIRING", "RESOLVED", "NONE"] as const;
export const ticketSorts = ["newest", "oldest", "priority", "updated"] as const;

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim().toUpperCase()).filter(Boolean)))
    .pipe(z.array(z.enum(values)));

export const ticketListQuerySchema = z.object({
  step: csv(steps),
  signal: csv(signals),
  category: csv(categories),
  priority: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split(","))).filter(Boolean).map(Number))
    .pipe(z.array(z.number().int().min(1).max(6))),
  /** A person's id, "me", or "none" for unassigned tickets. */
  assignee: z.union([z.uuid(), z.enum(["me", "none"])]).optional(),
  text: z.string().trim().max(200).optional().default(""),
  sort: z.enum(ticketSorts).optional().default("newest"),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(200).optional().default(25),
});

export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

/** URLSearchParams → the query object the schema reads (repeated keys become arrays). */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}
