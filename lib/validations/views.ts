import { z } from "zod";

// A person's saved views of the ticket list.
export const SAVED_VIEWS_MAX = 12;

export const saveViewSchema = z.object({
  name: z.string({ error: "Name the view." }).trim().min(1, "Name the view.").max(60, "60 characters at most."),
  /** The list's URL query, e.g. "assignee=me_or_none&group=alertname". */
  query: z.string().max(2_000).optional().default(""),
});

export const deleteViewSchema = z.object({ viewId: z.uuid() });
