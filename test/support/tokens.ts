import { generateApiToken } from "@/lib/auth/api-token";
import type { Role } from "@/lib/auth/roles";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "./db";

/** A real token row (hash stored) and its secret. */
export async function createTestToken(purpose: "API" | "ALERTMANAGER", role?: Role, options: { revoked?: boolean } = {}) {
  const admin = await createUserRecord(testDb(), { role: "ADMIN" });
  const { token, prefix, hash } = generateApiToken();
  await testDb().apiToken.create({
    data: { name: `test-${prefix}`, purpose, role: role ?? null, tokenHash: hash, prefix, createdById: admin.id, revokedAt: options.revoked ? new Date() : null },
  });
  return token;
}
