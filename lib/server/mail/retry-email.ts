import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";

/** Sends a failing email at the next outbox run instead of waiting for its backoff. */
export async function retryEmail({ actor, emailId }: { actor: Actor; emailId: string }) {
  assertCan(actor, "administer");
  await prisma.outboxEmail.updateMany({ where: { id: emailId, status: "PENDING" }, data: { nextAttemptAt: new Date() } });
}
