import "server-only";
import { prisma } from "@/lib/db/prisma";
import { assertCan } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/actor";

export async function listUsers({ actor }: { actor: Actor }) {
  assertCan(actor, "administer");
  return prisma.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, lastSignInAt: true, createdAt: true, mfaEnabledAt: true, authSource: true },
  });
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];
