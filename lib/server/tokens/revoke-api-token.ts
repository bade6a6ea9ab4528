import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

export async function revokeApiToken({ actor, tokenId }: { actor: Actor; tokenId: string }) {
  assertCan(actor, "administer");
  await prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, revokedAt: null }, select: { name: true } });
    if (!token) throw new AppError("NOT_FOUND", "No such active token.");
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await recordSecurityEvent(tx, { type: "token.revoked", actor, subject: token.name });
  });
}
