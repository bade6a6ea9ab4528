import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";

/** Active people, names only: for owner and assignee pickers. */
export async function listPeople({ actor }: { actor: Actor }) {
  assertCan(actor, "read");
  return prisma.user.findMany({ where: { active: true }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } });
}
