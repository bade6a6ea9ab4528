import type { PrismaClient } from "@/lib/db/client";
import { countAttempt as policyCount, releaseAttempt as policyRelease, type ThrottleDecision, type ThrottleKind, type ThrottleState } from "./throttle-policy";

// State lives in PostgreSQL so that every instance behind a load balancer sees the same counters; each change
// holds the key's row lock, so concurrent attempts are counted one after the other.
const keyOf = (kind: ThrottleKind, value: string) => `${kind}:${value.toLowerCase()}`;

async function update(db: PrismaClient, kind: ThrottleKind, value: string, change: (state: ThrottleState | null) => ThrottleState): Promise<ThrottleState> {
  const key = keyOf(kind, value);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "updatedAt") VALUES (${key}, 0, now(), now()) ON CONFLICT ("key") DO NOTHING`;
    const [row] = await tx.$queryRaw<ThrottleState[]>`SELECT "failures", "windowStart", "lockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const next = change(row && row.failures > 0 ? row : null);
    await tx.signInThrottle.update({ where: { key }, data: next });
    return next;
  });
}

/** Counts an attempt before its password is checked; says whether it may go on. */
export async function countAttempt(db: PrismaClient, kind: ThrottleKind, value: string, now = new Date()): Promise<ThrottleDecision> {
  let decision: ThrottleDecision = { kind: "allow", delayMs: 0 };
  await update(db, kind, value, (state) => {
    const result = policyCount(kind, state, now);
    decision = result.decision;
    return result.state;
  });
  return decision;
}

/** A successful (or not yet decided) attempt gives its count back. */
export async function releaseAttempt(db: PrismaClient, kind: ThrottleKind, value: string): Promise<void> {
  await update(db, kind, value, (state) => (state ? policyRelease(kind, state) : { failures: 0, windowStart: new Date(), lockedUntil: null }));
}

export async function clearThrottle(db: PrismaClient, kind: ThrottleKind, value: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keyOf(kind, value) } });
}
