import type { PrismaClient } from "@/lib/db/client";
import { generatePassword } from "@/lib/auth/password";
import { insertUser } from "./users";
import { demoUsers } from "./demo-users";
import { seedRex } from "./rex";
import { seedRisks } from "./risks";

export type DemoSeedResult = ({ seeded: false } | { seeded: true; password: string; generated: boolean }) & { risks: number; rex: number };

/**
 * Seeds the demo accounts into a database without users, the keynote's risks into an empty register and its REX,
 * each once: what already exists is left alone. The password is VIGIE_DEMO_PASSWORD when given, else a
 * random one returned for printing once.
 */
export async function seedDemo(db: PrismaClient, options: { password?: string } = {}): Promise<DemoSeedResult> {
  let users: { seeded: false } | { seeded: true; password: string; generated: boolean } = { seeded: false };
  if ((await db.user.count()) === 0) {
    const password = options.password ?? generatePassword();
    for (const user of demoUsers) await insertUser(db, { ...user, password });
    users = { seeded: true, password, generated: !options.password };
  }
  return { ...users, risks: await seedRisks(db), rex: await seedRex(db) };
}
