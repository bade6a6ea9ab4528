import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

// Shared by the demo seed and the tests: unique values so tests can run side by side.
export type UserSpec = { email?: string; name?: string; role?: Role; password?: string; active?: boolean };

export async function createUserRecord(db: PrismaClient, spec: UserSpec = {}) {
  const role = spec.role ?? "TECHNICIAN";
  const email = spec.email ?? `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.vigie.local`;
  const password = spec.password ?? `pw-${randomUUID()}`;
  const user = await db.user.create({
    data: {
      email,
      name: spec.name ?? email.split("@")[0]!,
      role,
      active: spec.active ?? true,
      passwordHash: await hashPassword(password),
    },
  });
  return { ...user, password };
}
