import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { SAVED_VIEWS_MAX } from "@/lib/validations/views";
import { searchParamsToObject, ticketListQuerySchema, viewQueryString } from "@/lib/validations/tickets";
import { sentence } from "@/lib/i18n/sentences";

/** Saves the list's current filters under a name (the same name replaces that view); a few per person. */
export async function saveView({ actor, name, query }: { actor: Actor; name: string; query: string }) {
  assertCan(actor, "read");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Views belong to people.");
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  if (!ticketListQuerySchema.safeParse(searchParamsToObject(params)).success) throw new AppError("INVALID_INPUT", "These filters are not a ticket list query.");
  const normalised = viewQueryString(params);
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id}::uuid FOR UPDATE`; // two tabs saving at once count right
    const existing = await tx.savedView.findUnique({ where: { userId_name: { userId: actor.id, name } } });
    if (existing) return tx.savedView.update({ where: { id: existing.id }, data: { query: normalised } });
    if ((await tx.savedView.count({ where: { userId: actor.id } })) >= SAVED_VIEWS_MAX) {
      throw new AppError("INVALID_INPUT", "At most {max} saved views: delete one first.", { values: { max: SAVED_VIEWS_MAX }, fieldErrors: { name: [sentence("Too many saved views.")] } });
    }
    return tx.savedView.create({ data: { userId: actor.id, name, query: normalised } });
  });
}
