import { z } from "zod";

// One place that reads process.env. Parsed lazily: `next build` runs without the runtime variables.
const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const duration = z
  .string()
  .regex(/^\d+(ms|s|m|h|d)$/, 'must be a duration such as "30s", "15m", "48h" or "2d"')
  .transform(parseDuration);

export function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "ms" | "s" | "m" | "h" | "d"];
  return Number(match[1]) * unit;
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "must be a postgresql:// URL")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  VIGIE_DATA_DIR: z.string().min(1).default(".vigie"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  VIGIE_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  VIGIE_DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  // The language for people who chose none and whose browser asks for neither English nor French.
  VIGIE_DEFAULT_LOCALE: z.enum(["en", "fr"]).default("en"),
  TRUST_PROXY: booleanString.default(false),
  // Sessions end on the server after this long without a request, and this long after sign-in whatever happens
  // (ASVS 3.3: 30 minutes idle, 12 hours absolute).
  SESSION_IDLE_TIMEOUT: duration.default(30 * 60_000),
  SESSION_MAX_AGE: duration.default(12 * 3_600_000),
  // With a directory (OIDC, LDAP), local email-and-password sign-in may be kept for break-glass accounts only.
  LOCAL_SIGNIN: booleanString.default(true),
  BREAK_GLASS_EMAILS: z
    .string()
    .transform((v) => v.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean))
    .default([]),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Vigie <vigie@localhost>"),
  ALERTMANAGER_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  // 16 MiB: the largest group the shipped alertmanager.yml sends (max_alerts 10,000) is about 6.2 MB with realistic
  // labels (measured: 10,000 HostDown alerts, 617 bytes each); a 413 is dropped for good by Alertmanager.
  WEBHOOK_MAX_BYTES: z.coerce.number().int().min(1_024).max(256 * 1024 * 1024).default(16 * 1024 * 1024),
  HEARTBEAT_MATCHER: z.string().default('alertname="Watchdog"'),
  HEARTBEAT_PERIOD: duration.default(48 * 3_600_000),
  HEARTBEAT_GRACE: duration.default(3_600_000),
  HEARTBEAT_CHECK_INTERVAL: duration.default(60_000),
  VIGIE_BACKGROUND_JOBS: booleanString.default(true),
  // Reconciliation with Alertmanager's API: one URL, or several comma-separated for an HA pair.
  ALERTMANAGER_URL: z
    .string()
    .transform((v) => v.split(",").map((u) => u.trim().replace(/\/$/, "")).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1))
    .optional(),
  ALERTMANAGER_RECEIVER: z
    .string()
    .refine((v) => { try { new RegExp(v); return true; } catch { return false; } }, "must be a regular expression")
    .default("vigie.*"),
  RECONCILE_INTERVAL: duration.default(60_000),
  RECONCILE_GRACE: duration.default(5 * 60_000),
  ALERTMANAGER_UNREACHABLE_AFTER: duration.default(10 * 60_000),
  GRAFANA_URL: z.url().optional(),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an environment; the error names each bad variable on one line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new EnvError(`Invalid configuration: ${problems.join("; ")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forget the parsed environment (tests change process.env between cases). */
export function resetEnv(): void {
  cached = undefined;
}

/** The public base URL used in links (emails, API documents). */
export function publicUrl(e: Env = env()): string {
  return (e.VIGIE_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

/** The secret is required once the app serves requests; the start script provides one for the demo. */
export function authSecret(e: Env = env()): string {
  if (!e.NEXTAUTH_SECRET) {
    throw new EnvError("Invalid configuration: NEXTAUTH_SECRET is required (try: openssl rand -base64 32)");
  }
  return e.NEXTAUTH_SECRET;
}
