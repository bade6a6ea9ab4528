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
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** True for errors that mean "the database could not be reached", which a retry may fix. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    const code = typeof e.code === "string" ? e.code : "";
    if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "57P01", "57P03", "08006", "08001", "08003"].includes(code)) return true;
    if (["P1001", "P1002", "P1017", "P2024"].includes(code)) return true;
    if (e.name === "DriverAdapterError" || e.name === "PrismaClientInitializationError") {
      const msg = String(e.message ?? "");
      if (/connect|terminat|timeout|closed/i.test(msg)) return true;
    }
    if (typeof e.message === "string" && /Connection terminated|connect ECONNREFUSED|Can't reach database|the database system is (starting up|shutting down)/i.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
