import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";

export async function revokeApiToken({ actor, tokenId }: { actor: Actor; tokenId: string }) {
  assertCan(actor, "administer");
  const updated = await prisma.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "No such active token.");
}
