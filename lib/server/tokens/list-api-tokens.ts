import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";

export async function listApiTokens({ actor }: { actor: Actor }) {
  assertCan(actor, "administer");
  return prisma.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, purpose: true, role: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, expiresAt: true, createdBy: { select: { name: true } } },
  });
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
