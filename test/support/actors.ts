import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "./db";

/** A real user row and the actor that stands for it. */
export async function actorWithRole(role: Role): Promise<Actor & { password: string }> {
  const user = await createUserRecord(testDb(), { role });
  return { id: user.id, email: user.email, name: user.name, role: user.role, kind: "user", password: user.password };
}
