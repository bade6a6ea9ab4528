import { z } from "zod";

// Alertmanager's webhook payload, version "4". Unknown keys are accepted: newer Alertmanagers add some.
const labelSet = z.record(z.string(), z.string());

// Alertmanager writes the zero time for "not ended"; we keep null for it.
const ZERO_TIME = /^0001-01-01T00:00:00/;
const timestamp = z
  .string()
  .refine((v) => ZERO_TIME.test(v) || !Number.isNaN(Date.parse(v)), "must be an RFC 3339 time")
  .transform((v) => (ZERO_TIME.test(v) ? null : new Date(v)));

export const alertSchema = z.looseObject({
  status: z.enum(["firing", "resolved"]),
  labels: labelSet,
  annotations: labelSet.default({}),
  startsAt: timestamp.refine((v) => v !== null, "startsAt must be set"),
  endsAt: timestamp.optional().transform((v) => v ?? null),
  generatorURL: z.string().max(4096).optional().default(""),
  fingerprint: z.string().min(1).max(128),
});

export const webhookPayloadSchema = z.looseObject({
  version: z.string(),
  groupKey: z.string().min(1).max(4096),
  truncatedAlerts: z.number().int().min(0).optional().default(0),
  status: z.enum(["firing", "resolved"]),
  receiver: z.string().max(512).default(""),
  groupLabels: labelSet.default({}),
  commonLabels: labelSet.default({}),
  commonAnnotations: labelSet.default({}),
  externalURL: z.string().max(4096).default(""),
  alerts: z.array(alertSchema).max(10_000),
});

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
export type WebhookAlert = z.infer<typeof alertSchema>;

export type PayloadParse = { ok: true; payload: WebhookPayload } | { ok: false; reason: string };

/** Validates a parsed JSON body; the reason is short and safe to send back. */
export function parseWebhookPayload(body: unknown): PayloadParse {
  if (body && typeof body === "object" && "version" in body && (body as { version: unknown }).version !== "4") {
    return { ok: false, reason: `unsupported payload version ${JSON.stringify((body as { version: unknown }).version)}: Vigie accepts version "4"` };
  }
  const result = webhookPayloadSchema.safeParse(body);
  if (result.success) return { ok: true, payload: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, reason: `invalid payload: ${issue.path.join(".") || "body"} ${issue.message}` };
}
