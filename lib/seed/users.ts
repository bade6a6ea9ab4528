import type { PrismaClient } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

export type UserRecord = { email: string; name: string; role: Role; password: string; active?: boolean };

/** A user with a hashed password: the demo seed's accounts, and the tests' through their factory. */
export async function insertUser(db: PrismaClient, user: UserRecord) {
  return db.user.create({
    data: { email: user.email, name: user.name, role: user.role, active: user.active ?? true, passwordHash: await hashPassword(user.password) },
  });
}
