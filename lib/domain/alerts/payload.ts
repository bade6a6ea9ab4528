import { z } from "zod";
import { safeText, storedGroupKey } from "./safe-text";

// Alertmanager's webhook payload, version "4". Unknown keys are accepted: newer Alertmanagers add some.
// Every string is made storable (safeText); nothing Alertmanager can send is refused for its text.

/** The most alerts one delivery is applied with (in one transaction); the shipped alertmanager.yml's max_alerts fits. */
export const MAX_ALERTS_PER_DELIVERY = 10_000;
const INT32_MAX = 2_147_483_647;

const text = z.string().transform(safeText);

// A label set, checked and made storable in one pass. A `__proto__` label is defined as an own property: assigned,
// it would set the prototype and vanish. Undefined when the value is not a label set (an issue added).
function storableLabels(value: unknown, path: string[], ctx: z.RefinementCtx): Record<string, string> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: "custom", path, message: "must be an object of strings" });
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const label = (value as Record<string, unknown>)[key];
    if (typeof label !== "string") {
      ctx.addIssue({ code: "custom", path: [...path, key], message: "must be a string" });
      return undefined;
    }
    const name = safeText(key);
    if (name === "__proto__") Object.defineProperty(out, name, { value: safeText(label), enumerable: true, writable: true, configurable: true });
    else out[name] = safeText(label);
  }
  return out;
}

const labelSet = z.unknown().transform((v, ctx) => storableLabels(v, [], ctx) ?? z.NEVER);

// Alertmanager writes the zero time for "not ended"; we keep null for it.
const ZERO_TIME = /^0001-01-01T00:00:00/;
function time(value: string, path: string, ctx: z.RefinementCtx): Date | null {
  if (ZERO_TIME.test(value)) return null;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    ctx.addIssue({ code: "custom", path: [path], message: "must be an RFC 3339 time" });
    return null;
  }
  return parsed;
}

// The shape is checked field by field (zod compiles such an object into one fast check), then each alert is made
// storable in one transform: a transform per field cost 0.35 ms a delivery of 100 alerts, this 0.17.
export const alertSchema = z
  .looseObject({
    status: z.enum(["firing", "resolved"]),
    labels: z.unknown(),
    annotations: z.unknown().optional(),
    startsAt: z.string(),
    endsAt: z.string().optional(),
    generatorURL: z.string().optional(),
    fingerprint: z.string().min(1).max(128),
  })
  .transform((alert, ctx) => {
    const labels = storableLabels(alert.labels, ["labels"], ctx);
    const annotations = alert.annotations === undefined ? {} : storableLabels(alert.annotations, ["annotations"], ctx);
    const startsAt = time(alert.startsAt, "startsAt", ctx);
    if (startsAt === null && ZERO_TIME.test(alert.startsAt)) ctx.addIssue({ code: "custom", path: ["startsAt"], message: "startsAt must be set" });
    const endsAt = alert.endsAt === undefined ? null : time(alert.endsAt, "endsAt", ctx);
    if (!labels || !annotations || !startsAt) return z.NEVER;
    return {
      status: alert.status,
      labels,
      annotations,
      startsAt,
      endsAt,
      generatorURL: safeText(alert.generatorURL ?? ""),
      fingerprint: safeText(alert.fingerprint),
    };
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
