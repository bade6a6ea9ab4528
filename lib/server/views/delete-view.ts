import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";

/** Deletes one of this person's views; another person's view is not found. */
export async function deleteView({ actor, viewId }: { actor: Actor; viewId: string }) {
  assertCan(actor, "read");
  const { count } = await prisma.savedView.deleteMany({ where: { id: viewId, userId: actor.id } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such view.");
}
