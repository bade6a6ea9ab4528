import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";

/** An admin publishes a REX: it becomes readable by everyone, observers included. */
export async function publishRex({ actor, rexId }: { actor: Actor; rexId: string }) {
  assertCan(actor, "rex.publish");
  const updated = await prisma.rex.updateMany({ where: { id: rexId, status: "DRAFT" }, data: { status: "PUBLISHED", publishedAt: new Date(), version: { increment: 1 } } });
  if (updated.count === 0) throw new AppError("CONFLICT", "No such draft REX.");
}
