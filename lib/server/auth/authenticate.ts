import type { PrismaClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { checkThrottle, clearThrottle, recordFailure } from "@/lib/auth/throttle";
import { lockedMessage } from "@/lib/auth/throttle-policy";
import type { Role } from "@/lib/auth/roles";
import { signInSchema } from "@/lib/validations/auth";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks credentials with throttling per account and per client address.
 * Throws AppError RATE_LIMITED (with a message saying for how long) or UNAUTHENTICATED.
 */
export async function authenticate(
  db: PrismaClient,
  input: { email?: unknown; password?: unknown; address: string },
  options: { sleep?: (ms: number) => Promise<unknown> } = {},
): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) throw new AppError("UNAUTHENTICATED", "Enter your email and password.");
  const { email, password } = parsed.data;

  const decisions = await Promise.all([
    checkThrottle(db, "account", email),
    checkThrottle(db, "address", input.address),
  ]);
  const locked = decisions.find((d) => d.kind === "locked");
  if (locked?.kind === "locked") throw new AppError("RATE_LIMITED", lockedMessage(locked.retryAfterMs));
  const delayMs = Math.max(...decisions.map((d) => (d.kind === "allow" ? d.delayMs : 0)));
  if (delayMs > 0) await (options.sleep ?? sleep)(delayMs);

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || !user.active) {
    await Promise.all([recordFailure(db, "account", email), recordFailure(db, "address", input.address)]);
    throw new AppError("UNAUTHENTICATED", "Wrong email or password, or the account is deactivated.");
  }

  await clearThrottle(db, "account", email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
