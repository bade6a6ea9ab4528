import { AppError } from "@/lib/errors";

// What a ticket's measures and a REX's measures share.

/** A due date from a date field (YYYY-MM-DD), at midnight UTC. */
export function utcDay(day: string | undefined): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

export function assertDeferReason(state: string, deferReason: string | undefined): void {
  if (state === "DEFERRED" && !deferReason?.trim()) {
    throw new AppError("INVALID_INPUT", "Say why it is deferred.", { fieldErrors: { deferReason: ["Say why it is deferred."] } });
  }
}
