import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { countReport, limitSentences, type LimitKind, type LimitState } from "@/lib/domain/status/report-limit";

// Counters in PostgreSQL, so every instance counts the same reports; each count holds its key's row lock, so
// concurrent reports are counted one after the other (as sign-in throttling does, lib/auth/throttle.ts).
async function count(tx: Prisma.TransactionClient, kind: LimitKind, key: string, now: Date) {
  await tx.$executeRaw`INSERT INTO "PublicReportLimit" ("key", "count", "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
  const [row] = await tx.$queryRaw<LimitState[]>`SELECT "count", "windowStart" FROM "PublicReportLimit" WHERE "key" = ${key} FOR UPDATE`;
  const result = countReport(kind, row && row.count > 0 ? row : null, now);
  await tx.publicReportLimit.update({ where: { key }, data: result.state });
  return result.decision;
}

/**
 * Counts a report from this address, then for everyone; refuses with the wait when over either limit. Runs in
 * its own transaction (before the report's): a refused report still counts, a script gains nothing by retrying.
 */
export async function limitReports(db: { $transaction: <T>(fn: (tx: Prisma.TransactionClient) => Promise<T>) => Promise<T> }, address: string, now = new Date()): Promise<void> {
  const refusal = await db.$transaction(async (tx) => {
    const byAddress = await count(tx, "address", `address:${address.toLowerCase()}`, now);
    if (!byAddress.allowed) return { kind: "address" as const, ...byAddress };
    const everyone = await count(tx, "global", "global", now);
    return everyone.allowed ? null : { kind: "global" as const, ...everyone };
  });
  if (refusal) throw new AppError("RATE_LIMITED", limitSentences[refusal.kind], { values: { seconds: Math.max(1, Math.ceil(refusal.retryAfterMs / 1000)) } });
}
