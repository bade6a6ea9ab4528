import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";
import { insertUser } from "@/lib/seed/users";

// Unique values, so tests can run side by side.
export type UserSpec = { email?: string; name?: string; role?: Role; password?: string; active?: boolean };

export async function createUserRecord(db: PrismaClient, spec: UserSpec = {}) {
  const role = spec.role ?? "TECHNICIAN";
  const email = spec.email ?? `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.vigie.local`;
  const password = spec.password ?? `pw-${randomUUID()}`;
  const user = await insertUser(db, { email, name: spec.name ?? email.split("@")[0]!, role, password, active: spec.active });
  return { ...user, password };
}
