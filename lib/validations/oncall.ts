import { z } from "zod";
import { digestWindowMinutesSchema, escalationPolicySchema, timeZoneSchema } from "./settings";

// The on-call page's forms, shared by the browser and the server actions.
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "A date and time, team time.");

/** Form fields "member.0", "member.1"… (in turn order; empty ones ignored) → the rotation. */
export const rotationFormSchema = z
  .record(z.string(), z.unknown())
  .transform((flat) => ({
    memberIds: [...new Set(Object.entries(flat).filter(([k, v]) => /^member\.\d+$/.test(k) && typeof v === "string" && v !== "").sort(([a], [b]) => Number(a.slice(7)) - Number(b.slice(7))).map(([, v]) => v as string))],
    handOver: flat.handOver,
    handOverTime: flat.handOverTime,
    startDate: flat.startDate,
  }))
  .pipe(
    z.object({
      memberIds: z.array(z.uuid()).max(100),
      handOver: z.enum(["daily", "weekly"], { error: "Choose daily or weekly." }),
      handOverTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "A time such as 09:00."),
      startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A date such as 2026-12-07."),
    }),
  );

export const overrideFormSchema = z
  .object({ userId: z.uuid("Choose who is on call."), startsAt: localDateTime, endsAt: localDateTime, note: z.string().trim().max(200).default("") })
  .refine((o) => o.endsAt > o.startsAt, { path: ["endsAt"], message: "The end comes after the start." });

export const onCallSettingsFormSchema = z.object({ timeZone: timeZoneSchema, digestWindowMinutes: digestWindowMinutesSchema });

/** Form fields "esc.P.enabled|level|repeat|rounds" per priority P → the escalation policy. */
export const escalationPolicyFormSchema = z
  .record(z.string(), z.unknown())
  .transform((flat): unknown =>
    Object.fromEntries([1, 2, 3, 4, 5, 6].map((p) => [p, { enabled: flat[`esc.${p}.enabled`] === "on", levelMinutes: flat[`esc.${p}.level`], repeatMinutes: flat[`esc.${p}.repeat`], rounds: flat[`esc.${p}.rounds`] }])),
  )
  .pipe(escalationPolicySchema);

const headerName = z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, "A header name such as X-Vigie-Token.");
export const channelFormSchema = z
  .object({
    name: z.string().trim().min(1, "Give it a name.").max(80),
    url: z.url({ protocol: /^https?$/, error: "An http:// or https:// address." }),
    format: z.enum(["JSON", "TEXT"], { error: "Choose a format." }),
    secretHeaderName: z.union([z.literal(""), headerName]).default(""),
    secretHeaderValue: z.string().max(500).default(""),
  })
  .refine((c) => (c.secretHeaderName === "") === (c.secretHeaderValue === ""), { path: ["secretHeaderValue"], message: "A secret header needs both its name and its value." });
