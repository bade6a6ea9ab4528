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

// Kept in memory too, so a rejection is counted even when the database is the problem. One map per process:
// the webhook runs from the bundle instrumentation.ts loads (scripts/server.mjs's shortcut), /metrics from the routes'.
const store = globalThis as unknown as { vigieRejections?: Map<RejectionReason, number> };
const inMemory = (store.vigieRejections ??= new Map<RejectionReason, number>());

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
    // The history of refusals, one row per day and reason however many arrive (issue 15).
    await prisma.$executeRaw`
      INSERT INTO "WebhookRejectionDay" ("day", "reason", "count") VALUES (CURRENT_DATE, ${reason}, 1)
      ON CONFLICT ("day", "reason") DO UPDATE SET "count" = "WebhookRejectionDay"."count" + 1`;
  } catch {
    // The database may be down; the in-memory count and the log line remain.
  }
}
