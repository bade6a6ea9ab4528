import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { RexFields } from "@/lib/validations/rex";

/** A REX written from scratch (an incident Vigie never saw as a ticket). */
export async function createRex({ actor, input }: { actor: Actor; input: RexFields }) {
  assertCan(actor, "rex.write");
  return prisma.rex.create({ data: { ...input, authorId: actor.kind === "user" ? actor.id : null }, select: { id: true } });
}
