import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { generateApiToken } from "@/lib/auth/api-token";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import type { createApiTokenSchema } from "@/lib/validations/api-token";

/** Creates a token; the secret is returned once and only its hash is kept. */
export async function createApiToken({ actor, input }: { actor: Actor; input: z.infer<typeof createApiTokenSchema> }) {
  assertCan(actor, "administer");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Tokens are created by a signed-in admin.");
  const { token, prefix, hash } = generateApiToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { name: input.name, purpose: input.purpose, role: input.purpose === "API" ? input.role : null, tokenHash: hash, prefix, createdById: actor.id, expiresAt },
      select: { id: true, name: true },
    });
    await recordSecurityEvent(tx, { type: "token.created", actor, subject: input.name, data: { purpose: input.purpose, role: input.purpose === "API" ? (input.role ?? null) : null, expiresAt: expiresAt?.toISOString() ?? null } });
    return created;
  });
  return { ...row, token };
}
