import { z } from "zod";
import { categories } from "@/lib/domain/alerts/mapping";
import { impacts, publicStatuses } from "@/lib/domain/status/state";
import { parseMatcherText } from "@/lib/domain/silences/matchers";

// Shared by the status forms and their server actions.
const optionalId = z.union([z.literal(""), z.uuid()]).optional().transform((v) => v || null);
/**
 * Checkboxes named `<prefix><value>` (a form sends one entry per ticked box, and the actions read a form as one
 * object) gathered into `field`, unless `field` itself was given (a list, or comma-separated).
 */
const gather = <S extends z.ZodType>(prefix: string, field: string, schema: S) =>
  z.preprocess((raw) => {
    if (!raw || typeof raw !== "object" || field in raw) return raw;
    const form = raw as Record<string, unknown>;
    return { ...form, [field]: Object.keys(form).filter((k) => k.startsWith(prefix) && form[k]).map((k) => k.slice(prefix.length)) };
  }, schema);
const list = (value: unknown) => (Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\n,]/) : []).map((s) => String(s).trim()).filter(Boolean);

/** One matcher set per line (`{job="vote-api"}`), each checked as a silence's matchers would be. */
const labelMatchers = z
  .string()
  .optional()
  .transform((text) => (text ?? "").split("\n").map((l) => l.trim()).filter(Boolean))
  .superRefine((lines, ctx) => {
    for (const line of lines) {
      const check = parseMatcherText(line);
      if (!check.ok) ctx.addIssue({ code: "custom", message: "Each line is a set of matchers, such as {job=\"vote-api\"}." });
    }
  });

export const serviceSchema = gather("category:", "categories", z.object({
  serviceId: optionalId,
  name: z.string().trim().min(1, "Name the service.").max(80, "At most 80 characters."),
  description: z.string().trim().max(300, "At most 300 characters.").optional().default(""),
  position: z.coerce.number().int().min(0).max(999).optional().default(0),
  categories: z.unknown().transform(list).pipe(z.array(z.enum(categories))),
  riskCodes: z.string().optional().transform((v) => list(v ?? "").map((c) => c.toUpperCase())).pipe(z.array(z.string().regex(/^R\d{1,4}$/, "Risk codes such as R3, comma-separated."))),
  labelMatchers,
}));
export type ServiceInput = z.infer<typeof serviceSchema>;

export const serviceIdSchema = z.object({ serviceId: z.uuid() });

/** Declaring a ticket publicly (title and services) or posting an update (status, impact, message). */
export const publicUpdateSchema = gather("service:", "serviceIds", z.object({
  ticketId: z.uuid(),
  title: z.string().trim().max(120, "At most 120 characters.").optional().default(""),
  serviceIds: z.unknown().transform(list).pipe(z.array(z.uuid())),
  status: z.enum(publicStatuses, { error: "Choose a status." }),
  impact: z.enum(impacts, { error: "Choose an impact." }),
  message: z.string().trim().min(1, "Write what the platform's users should know.").max(2_000, "At most 2,000 characters."),
}));
export type PublicUpdateInput = z.infer<typeof publicUpdateSchema>;

export const reportJudgementSchema = z.object({ ticketId: z.uuid(), judgement: z.enum(["confirm", "spam", "followUpdates", "stopUpdates"]) });

/** A checkbox: present when ticked. */
export const publicReportsFormSchema = z.object({ publicReports: z.literal("on").optional() }).transform((v) => ({ publicReports: v.publicReports === "on" }));

/** What a visitor sends from /status/report (the honeypot and the form's stamp are checked by publicAction). */
export const publicReportSchema = z.object({
  description: z.string().trim().min(10, "Say in a few words what is wrong (at least 10 characters).").max(2_000, "At most 2,000 characters."),
  serviceId: optionalId,
  email: z.union([z.literal(""), z.email("An email address such as name@example.org, or nothing.").max(254)]).optional().transform((v) => v || null),
});
export type PublicReportInput = z.infer<typeof publicReportSchema>;
