import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { generateApiToken } from "@/lib/auth/api-token";
import { AppError } from "@/lib/errors";
import type { createApiTokenSchema } from "@/lib/validations/api-token";

/** Creates a token; the secret is returned once and only its hash is kept. */
export async function createApiToken({ actor, input }: { actor: Actor; input: z.infer<typeof createApiTokenSchema> }) {
  assertCan(actor, "administer");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Tokens are created by a signed-in admin.");
  const { token, prefix, hash } = generateApiToken();
  const row = await prisma.apiToken.create({
    data: { name: input.name, purpose: input.purpose, role: input.purpose === "API" ? input.role : null, tokenHash: hash, prefix, createdById: actor.id },
    select: { id: true, name: true },
  });
  return { ...row, token };
}
