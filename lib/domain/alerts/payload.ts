import { z } from "zod";
import { safeText, storedGroupKey } from "./safe-text";

// Alertmanager's webhook payload, version "4". Unknown keys are accepted: newer Alertmanagers add some.
// Every string is made storable (safeText); nothing Alertmanager can send is refused for its text.

/** The most alerts one delivery is applied with (in one transaction); the shipped alertmanager.yml's max_alerts fits. */
export const MAX_ALERTS_PER_DELIVERY = 10_000;
const INT32_MAX = 2_147_483_647;

const text = z.string().transform(safeText);

// A label set, built with Object.fromEntries: a `__proto__` label stays an own property instead of vanishing
// (z.record assigns keys, and assigning `__proto__` sets the prototype). One pass: checked and made storable together.
const labelSet = z
  .custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v), "must be an object of strings")
  .transform((v, ctx) => {
    const entries = Object.entries(v);
    const out: [string, string][] = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const [key, value] = entries[i]!;
      if (typeof value !== "string") {
        ctx.addIssue({ code: "custom", path: [key], message: "must be a string" });
        return z.NEVER;
      }
      out[i] = [safeText(key), safeText(value)];
    }
    return Object.fromEntries(out) as Record<string, string>;
  });

// Alertmanager writes the zero time for "not ended"; we keep null for it.
const ZERO_TIME = /^0001-01-01T00:00:00/;
const timestamp = z.string().transform((v, ctx) => {
  if (ZERO_TIME.test(v)) return null;
  const time = new Date(v);
  if (Number.isNaN(time.getTime())) {
    ctx.addIssue({ code: "custom", message: "must be an RFC 3339 time" });
    return z.NEVER;
  }
  return time;
});

export const alertSchema = z.looseObject({
  status: z.enum(["firing", "resolved"]),
  labels: labelSet,
  annotations: labelSet.default({}),
  startsAt: timestamp.refine((v) => v !== null, "startsAt must be set"),
  endsAt: timestamp.optional().transform((v) => v ?? null),
  generatorURL: text.optional().default(""),
  fingerprint: z.string().min(1).max(128).transform(safeText),
});

export type RejectedAlert = { index: number; fingerprint: string; reason: string };

export const webhookPayloadSchema = z.looseObject({
  version: z.string(),
  // Indexed columns hold a bounded key: a longer one is shortened to its start and a hash of the whole.
  groupKey: z.string().min(1).transform(storedGroupKey),
  // Alertmanager counts in 64 bits; the column holds 32. Clamped: the exact figure only says "fetch the rest".
  truncatedAlerts: z.number().min(0).refine(Number.isInteger, "must be an integer").optional().default(0).transform((n) => Math.min(n, INT32_MAX)),
  status: z.enum(["firing", "resolved"]),
  receiver: text.default(""),
  groupLabels: labelSet.default({}),
  commonLabels: labelSet.default({}),
  commonAnnotations: labelSet.default({}),
  externalURL: text.default(""),
  alerts: z.array(alertSchema),
});

type ParsedPayload = z.infer<typeof webhookPayloadSchema>;
export type WebhookAlert = z.infer<typeof alertSchema>;
/** A delivery ready to store: the alerts PostgreSQL can hold, and those set aside with why. */
export type WebhookPayload = ParsedPayload & { rejectedAlerts: RejectedAlert[] };

export type PayloadParse = { ok: true; payload: WebhookPayload } | { ok: false; reason: string };

// timestamp(3) is written through toISOString(), which PostgreSQL reads only for years 0001 to 9999.
const storable = (d: Date | null) => d === null || (d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999);

function timeProblem(alert: WebhookAlert): string | null {
  if (!storable(alert.startsAt)) return `startsAt ${alert.startsAt!.toISOString()} is outside the years 0001–9999`;
  if (!storable(alert.endsAt)) return `endsAt ${alert.endsAt!.toISOString()} is outside the years 0001–9999`;
  return null;
}

/**
 * Validates a parsed JSON body; the reason is short and safe to send back. A body Alertmanager could never send
 * (wrong shape) is refused; an alert it can send but PostgreSQL cannot hold (a date out of range) is set aside,
 * listed in `rejectedAlerts`, and the rest is kept. Alerts past MAX_ALERTS_PER_DELIVERY count as truncated.
 */
export function parseWebhookPayload(body: unknown): PayloadParse {
  if (body && typeof body === "object" && "version" in body && (body as { version: unknown }).version !== "4") {
    return { ok: false, reason: `unsupported payload version ${JSON.stringify((body as { version: unknown }).version)}: Vigie accepts version "4"` };
  }
  const result = webhookPayloadSchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, reason: `invalid payload: ${issue.path.map(String).join(".") || "body"} ${issue.message}` };
  }
  const parsed = result.data;
  const over = Math.max(0, parsed.alerts.length - MAX_ALERTS_PER_DELIVERY);
  const rejectedAlerts: RejectedAlert[] = [];
  const alerts = parsed.alerts.slice(0, MAX_ALERTS_PER_DELIVERY).filter((alert, index) => {
    const reason = timeProblem(alert);
    if (reason) rejectedAlerts.push({ index, fingerprint: alert.fingerprint, reason });
    return reason === null;
  });
  const truncatedAlerts = Math.min(parsed.truncatedAlerts + over, INT32_MAX);
  return { ok: true, payload: { ...parsed, alerts, truncatedAlerts, rejectedAlerts } };
}
