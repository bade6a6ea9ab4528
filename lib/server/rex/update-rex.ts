import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { canEditRex } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import type { RexFields } from "@/lib/validations/rex";

/** Its author or an admin edits a REX; a stale form is refused. */
export async function updateRex({ actor, rexId, version, input }: { actor: Actor; rexId: string; version: number; input: RexFields }) {
  assertCan(actor, "rex.write");
  const rex = await prisma.rex.findUnique({ where: { id: rexId }, select: { authorId: true } });
  if (!rex) throw new AppError("NOT_FOUND", "No such REX.");
  assertAllowed(canEditRex(actor, rex), sentence("Only its author or an admin can edit this REX."));
  const updated = await prisma.rex.updateMany({ where: { id: rexId, version }, data: { ...input, version: { increment: 1 } } });
  if (updated.count === 0) throw new AppError("CONFLICT", "Someone changed this REX meanwhile; reload it and try again.");
}
