import type { PrismaClient } from "@/lib/db/client";
import { decide, LOCK_DURATION_MS, shouldLock, THROTTLE_WINDOW_MS, type ThrottleDecision, type ThrottleKind } from "./throttle-policy";

// State lives in PostgreSQL so that every instance behind a load balancer sees the same counters.
const keyOf = (kind: ThrottleKind, value: string) => `${kind}:${value.toLowerCase()}`;

export async function checkThrottle(db: PrismaClient, kind: ThrottleKind, value: string, now = new Date()): Promise<ThrottleDecision> {
  const state = await db.signInThrottle.findUnique({ where: { key: keyOf(kind, value) } });
  return decide(kind, state, now);
}

export async function recordFailure(db: PrismaClient, kind: ThrottleKind, value: string): Promise<void> {
  const key = keyOf(kind, value);
  const windowSeconds = THROTTLE_WINDOW_MS / 1000;
  // One atomic statement: concurrent failures each count.
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "updatedAt")
    VALUES (${key}, 1, now(), now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                        THEN now() ELSE "SignInThrottle"."windowStart" END,
      "updatedAt" = now()
    RETURNING "failures"`;
  const failures = rows[0]?.failures ?? 1;
  if (shouldLock(kind, failures)) {
    await db.signInThrottle.update({
      where: { key },
      data: { lockedUntil: new Date(Date.now() + LOCK_DURATION_MS), failures: 0, windowStart: new Date() },
    });
  }
}

export async function clearThrottle(db: PrismaClient, kind: ThrottleKind, value: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keyOf(kind, value) } });
}
