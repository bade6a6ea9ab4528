// Typed errors with codes; mapped to HTTP once, at the boundary. Only `message` reaches the user.
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

const httpStatus: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  /** The English sentence before its `{placeholders}` were filled: what lib/i18n/sentences.ts translates. */
  readonly sentence: string;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown> & { values?: Record<string, string | number> },
  ) {
    super(fillSentence(message, details?.values));
    this.name = "AppError";
    this.sentence = message;
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

/** `{name}` placeholders filled from values; a sentence without values is returned as it is. */
export function fillSentence(sentence: string, values?: Record<string, string | number>): string {
  return values ? sentence.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : all)) : sentence;
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

// What a database that is down, restarting, saturated or hung looks like from here, at any depth of `cause`.
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "57P01", "57P03", "08006", "08001", "08003", "P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connect ECONNREFUSED|Can't reach database|the database system is (starting up|shutting down)|timeout exceeded when trying to connect|Query read timeout/i;
// P2028 is Prisma's transaction API error: the start timed out (no connection, or BEGIN unanswered) or the
// transaction outlived its timeout. Both are what a hung database does; a retry may succeed.
const TRANSACTION_TIMEOUT = /unable to start a transaction|timeout|expired|already closed/i;

function* causes(error: unknown) {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    yield current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

/** True for errors that mean "the database could not be reached or did not answer", which a retry may fix. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = typeof e.code === "string" ? e.code : "";
    const msg = typeof e.message === "string" ? e.message : "";
    if (UNAVAILABLE_CODES.has(code)) return true;
    if (code === "P2028" && TRANSACTION_TIMEOUT.test(msg)) return true;
    if ((e.name === "DriverAdapterError" || e.name === "PrismaClientInitializationError") && /connect|terminat|timeout|closed/i.test(msg)) return true;
    if (UNAVAILABLE_MESSAGE.test(msg)) return true;
  }
  return false;
}

/** One line for the log: the code and first line of the error, no stack (a 503 storm must not flood the log). */
export function errorSummary(error: unknown): string {
  for (const e of causes(error)) {
    const code = typeof e.code === "string" && e.code ? `${e.code} ` : "";
    const msg = typeof e.message === "string" ? e.message.trim().split("\n").find((l) => l.trim()) ?? "" : String(e);
    if (code || msg) return `${code}${msg}`.slice(0, 300);
  }
  return String(error).slice(0, 300);
}
