import type { PrismaClient } from "@/lib/db/client";
import { generatePassword } from "@/lib/auth/password";
import { createUserRecord } from "@/lib/factories/users";
import { demoUsers } from "./demo-users";

export type DemoSeedResult = { seeded: false } | { seeded: true; password: string; generated: boolean };

/**
 * Seeds the demo accounts into an empty database, once: a database that already has users is left alone.
 * The password is VIGIE_DEMO_PASSWORD when given, else a random one returned for printing once.
 */
export async function seedDemo(db: PrismaClient, options: { password?: string } = {}): Promise<DemoSeedResult> {
  if ((await db.user.count()) > 0) return { seeded: false };
  const password = options.password ?? generatePassword();
  for (const user of demoUsers) await createUserRecord(db, { ...user, password });
  return { seeded: true, password, generated: !options.password };
}
