import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/** The signed-in person's own account: two-factor state and open sessions. */
export async function getAccount({ actor }: { actor: Actor }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person has an account page.");
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      mfaEnabledAt: true,
      mfaRecoveryHashes: true,
      sessions: { where: { endedAt: null, expiresAt: { gt: new Date() } }, orderBy: { lastSeenAt: "desc" }, select: { id: true, createdAt: true, lastSeenAt: true, address: true, userAgent: true } },
    },
  });
  return { mfaEnabledAt: user.mfaEnabledAt, recoveryCodesLeft: user.mfaRecoveryHashes.length, sessions: user.sessions };
}
