import "server-only";
import { prisma } from "@/lib/db/prisma";

export type RejectionReason =
  | "unauthorized"
  | "not_configured"
  | "too_large"
  | "too_deep"
  | "not_json"
  | "invalid_payload"
  | "unsupported_version"
  /** One alert of an accepted delivery set aside (its dates are out of PostgreSQL's range); the rest was stored. */
  | "alert_out_of_range";

// Kept in memory too, so a rejection is counted even when the database is the problem.
const inMemory = new Map<RejectionReason, number>();

export function rejectionCounts(): ReadonlyMap<RejectionReason, number> {
  return inMemory;
}

/** Counts and logs a refused delivery (never its credentials). Best effort: it must not change the answer. */
export async function countRejection(reason: RejectionReason, detail: string): Promise<void> {
  inMemory.set(reason, (inMemory.get(reason) ?? 0) + 1);
  console.warn(`alertmanager webhook refused (${reason}): ${detail}`);
  try {
    await prisma.webhookRejection.upsert({
      where: { reason },
      create: { reason, count: 1 },
      update: { count: { increment: 1 }, lastAt: new Date() },
    });
  } catch {
    // The database may be down; the in-memory count and the log line remain.
  }
}
