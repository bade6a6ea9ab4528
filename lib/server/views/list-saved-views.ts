import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";

/** The views this person saved on the ticket list; nobody else's. */
export async function listSavedViews({ actor }: { actor: Actor }) {
  assertCan(actor, "read");
  if (actor.kind !== "user") return [];
  return prisma.savedView.findMany({ where: { userId: actor.id }, select: { id: true, name: true, query: true }, orderBy: { name: "asc" } });
}

export type SavedViewItem = Awaited<ReturnType<typeof listSavedViews>>[number];
