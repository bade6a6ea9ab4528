import { z } from "zod";
import { quorumPolicies } from "@/lib/domain/lifecycle/quorum";
import { defaultPriorityMatrix, type PriorityMatrix } from "@/lib/domain/priority";
import { defaultSlaTargets, type SlaTargets } from "@/lib/domain/sla";
import { defaultEscalationPolicy, type EscalationPolicy } from "@/lib/domain/escalation/schedule";
import type { Rotation } from "@/lib/domain/oncall/rotation";
import { isTimeZone } from "@/lib/domain/oncall/zoned-time";

// The team settings, as stored in the Setting table and edited by admins.
const priority = z.coerce.number().int().min(1).max(6);
const levelRow = z.object({ 1: priority, 2: priority, 3: priority, 4: priority, 5: priority });
export const priorityMatrixSchema = z.object({ 1: levelRow, 2: levelRow, 3: levelRow, 4: levelRow, 5: levelRow }) as unknown as z.ZodType<PriorityMatrix>;

const minutes = z.coerce.number().int().min(1, "At least one minute.").max(365 * 24 * 60);
const target = z.object({ assignMinutes: minutes, solveMinutes: minutes });
export const slaTargetsSchema = z.object({ 1: target, 2: target, 3: target, 4: target, 5: target, 6: target }) as unknown as z.ZodType<SlaTargets>;

export const quorumPolicySchema = z.enum(quorumPolicies, { error: "Choose a quorum policy." });

export const requireAdminMfaSchema = z.boolean();
/** A checkbox: present when ticked. */
export const requireAdminMfaFormSchema = z.object({ requireAdminMfa: z.literal("on").optional() }).transform((v) => ({ requireAdminMfa: v.requireAdminMfa === "on" }));

/** A technician may take an unassigned ticket for himself (the ticket page's "Take it"). */
export const selfAssignSchema = z.boolean();
export const selfAssignFormSchema = z.object({ selfAssign: z.literal("on").optional() }).transform((v) => ({ selfAssign: v.selfAssign === "on" }));

/** An IANA zone ("Europe/Paris"): on-call hand-overs happen at its wall-clock times. */
export const timeZoneSchema = z.string().trim().refine(isTimeZone, "Not a time zone known here (e.g. Europe/Paris).");
/** Minutes; decimals allowed (0.5 = 30 s) so that tests and drills can run short. */
const shortMinutes = (min: number, max: number) => z.coerce.number().min(min, `At least ${min} minute.`).max(max, `At most ${max} minutes.`);
export const digestWindowMinutesSchema = shortMinutes(0.5, 60);
const escalationRule = z.object({ enabled: z.boolean(), levelMinutes: shortMinutes(0.5, 24 * 60), repeatMinutes: z.coerce.number().min(0).max(7 * 24 * 60), rounds: z.coerce.number().int().min(1).max(10) });
export const escalationPolicySchema = z.object({ 1: escalationRule, 2: escalationRule, 3: escalationRule, 4: escalationRule, 5: escalationRule, 6: escalationRule }) as unknown as z.ZodType<EscalationPolicy>;
export const onCallRotationSchema = z
  .object({
    memberIds: z.array(z.uuid()).max(100),
    handOver: z.enum(["daily", "weekly"], { error: "Choose daily or weekly." }),
    handOverTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "A time such as 09:00."),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A date such as 2026-12-07.").refine((d) => !Number.isNaN(Date.parse(d)), "Not a date."),
  })
  .nullable() as unknown as z.ZodType<Rotation | null>;

export const deliveryBodyDaysSchema = z.coerce.number().int().min(1, "At least one day.").max(3650, "At most 3,650 days.");
/** At least 90 days: the status page shows 90 days of public incidents, and the risks count the last 90 days. */
export const closedTicketDaysSchema = z.coerce.number().int().min(90, "At least 90 days.").max(36500, "At most 36,500 days.").nullable();
/** The retention form: an empty "closed tickets" field means kept for ever. */
export const retentionFormSchema = z.object({
  deliveryBodyDays: deliveryBodyDaysSchema,
  closedTicketDays: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), closedTicketDaysSchema),
});

export const settingDefaults = {
  quorumPolicy: "ONE_OTHER_ADMIN" as z.infer<typeof quorumPolicySchema>,
  /** Admins must have two-factor sign-in: until they enrol, Vigie shows them only the enrolment. */
  requireAdminMfa: false as boolean,
  priorityMatrix: defaultPriorityMatrix,
  slaTargets: defaultSlaTargets,
  selfAssign: true as boolean,
  timeZone: "Europe/Paris" as string,
  /** During a storm, one digest per window instead of one email per ticket. */
  digestWindowMinutes: 2 as number,
  escalationPolicy: defaultEscalationPolicy,
  onCallRotation: null as Rotation | null,
  /** Visitors without an account may report a problem from the public status page (/status/report). */
  publicReports: true as boolean,
  /** Issue 15: raw webhook bodies are kept this many days, then only their summary row (never an open ticket's). */
  deliveryBodyDays: 30 as number,
  /** Issue 15: closed tickets are history, kept for ever (null) unless admins set a number of days after closure. */
  closedTicketDays: null as number | null,
};

export const settingSchemas = {
  quorumPolicy: quorumPolicySchema,
  requireAdminMfa: requireAdminMfaSchema,
  priorityMatrix: priorityMatrixSchema,
  slaTargets: slaTargetsSchema,
  selfAssign: selfAssignSchema,
  timeZone: timeZoneSchema,
  digestWindowMinutes: digestWindowMinutesSchema,
  escalationPolicy: escalationPolicySchema,
  onCallRotation: onCallRotationSchema,
  publicReports: z.boolean(),
  deliveryBodyDays: deliveryBodyDaysSchema,
  closedTicketDays: closedTicketDaysSchema,
};

export type Settings = typeof settingDefaults;
export type SettingKey = keyof Settings;

/** Form fields named "u.i" (urgency.impact) → the matrix. */
export const priorityMatrixFormSchema = z
  .record(z.string(), z.unknown())
  .transform((flat): unknown => {
    const matrix: Record<string, Record<string, unknown>> = {};
    for (const [key, value] of Object.entries(flat)) {
      const match = /^m\.([1-5])\.([1-5])$/.exec(key);
      if (match) (matrix[match[1]!] ??= {})[match[2]!] = value;
    }
    return matrix;
  })
  .pipe(priorityMatrixSchema);

/** Form fields named "sla.P.assign" / "sla.P.solve" (minutes) → the targets. */
export const slaTargetsFormSchema = z
  .record(z.string(), z.unknown())
  .transform((flat): unknown => {
    const targets: Record<string, { assignMinutes?: unknown; solveMinutes?: unknown }> = {};
    for (const [key, value] of Object.entries(flat)) {
      const match = /^sla\.([1-6])\.(assign|solve)$/.exec(key);
      if (match) (targets[match[1]!] ??= {})[match[2] === "assign" ? "assignMinutes" : "solveMinutes"] = value;
    }
    return targets;
  })
  .pipe(slaTargetsSchema);
