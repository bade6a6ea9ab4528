import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { env } from "@/lib/env";

/** The email queue as admins see it: what waits, what fails and why, what was sent or kept. */
export async function listOutbox({ actor, limit = 100 }: { actor: Actor; limit?: number }) {
  assertCan(actor, "administer");
  const [emails, byStatus, failing] = await Promise.all([
    prisma.outboxEmail.findMany({
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, kind: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true, sentAt: true, ticketId: true },
    }),
    prisma.outboxEmail.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.outboxEmail.count({ where: { status: "PENDING", attempts: { gt: 0 } } }),
  ]);
  const counts = { PENDING: 0, SENT: 0, KEPT: 0 };
  for (const row of byStatus) counts[row.status] = row._count._all;
  return { emails, counts, failing, smtpConfigured: Boolean(env().SMTP_URL) };
}
