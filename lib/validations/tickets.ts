import { z } from "zod";
import { steps } from "@/lib/domain/lifecycle/steps";
import { categories } from "@/lib/domain/alerts/mapping";
import { labelNamePattern } from "@/lib/domain/tickets/grouping";

// Shared by the ticket list (URL state), GET /api/tickets and the server.
export const signals = ["FIRING", "RESOLVED", "NONE"] as const;
export const ticketSorts = ["newest", "oldest", "priority", "updated"] as const;
/** "open": every step but closure (the default view); "all": closed tickets too. A step filter wins over both. */
export const ticketScopes = ["open", "all"] as const;
/** A person's id, "me", "none" (unassigned), "me_or_none" (a technician's landing view) or "any". */
export const assigneeFilters = ["me", "none", "me_or_none", "any"] as const;

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
  scope: z.enum(ticketScopes).optional().default("open"),
  /** A person's id, "me", "none" for unassigned tickets, "me_or_none" for mine and unassigned, "any". */
  assignee: z.union([z.uuid(), z.enum(assigneeFilters)]).optional(),
  /** "no": nobody said "I'm on it" yet; "yes": someone did. */
  ack: z.enum(["yes", "no"]).optional(),
  /** Group by this label of each ticket's first alert ("alertname", "instance", any label name). */
  group: z.string().regex(labelNamePattern, "a label name").optional(),
  /** With group: the tickets of this group only ("" for the tickets without the label). */
  groupValue: z.string().max(1_000).optional(),
  text: z.string().trim().max(200).optional().default(""),
  sort: z.enum(ticketSorts).optional().default("newest"),
  /** The next page after a previous answer's `nextCursor` (keyset pagination: any depth costs the same). */
  cursor: z.string().max(500).optional(),
  /** Deprecated past 1 (an OFFSET: deep pages cost more): follow `nextCursor` instead. Ignored with `cursor`. */
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(200).optional().default(25),
});

export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

/** The URL query of a view: what the list's address carries, without the page (a saved view starts at page 1). */
export function viewQueryString(params: URLSearchParams): string {
  const next = new URLSearchParams();
  for (const [key, value] of params) if (key !== "page" && key !== "cursor" && key !== "groupValue" && value !== "") next.append(key, value);
  return next.toString();
}

/** URLSearchParams → the query object the schema reads (repeated keys become arrays). */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}
