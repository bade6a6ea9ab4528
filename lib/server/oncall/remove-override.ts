import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { sentence } from "@/lib/i18n/sentences";
import { canRemoveOnCallOverride } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";

export async function removeOverride({ actor, overrideId }: { actor: Actor; overrideId: string }) {
  assertCan(actor, "tickets.work");
  const override = isId(overrideId) ? await prisma.onCallOverride.findUnique({ where: { id: overrideId } }) : null;
  if (!override) throw new AppError("NOT_FOUND", "No such override.");
  assertAllowed(canRemoveOnCallOverride(actor, override), sentence("Only the person it puts on call, or an admin, can remove it."));
  await prisma.onCallOverride.delete({ where: { id: override.id } });
}
