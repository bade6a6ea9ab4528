import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { digestContents, type DigestEvent } from "@/lib/domain/notifications/digest";
import { publicUrl } from "@/lib/env";
import { digestEmail } from "@/lib/mail/templates";
import { enqueueEmail } from "@/lib/server/mail/enqueue-email";

// Any constant shared by all instances: one flushes digests at a time.
export const DIGEST_LOCK = 7_301_013;

/**
 * The digest job: for each person whose digest is due, one email listing what waited, into the outbox. Several
 * instances run it; the advisory lock lets one act, and the row locks keep an event from joining a digest
 * while it is being written.
 */
export async function flushDigests({ db = prisma, now = new Date(), batch = 100 }: { db?: PrismaClient; now?: Date; batch?: number } = {}): Promise<{ ran: boolean; digests: number }> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DIGEST_LOCK}) AS locked`;
    if (!lock?.locked) return { ran: false, digests: 0 };
    const due = await tx.$queryRaw<{ userId: string }[]>`
      SELECT "userId" FROM "NotificationPreference" WHERE "digestDueAt" <= ${now} ORDER BY "userId" LIMIT ${batch} FOR UPDATE`;
    let digests = 0;
    for (const { userId } of due) {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, active: true } });
      const items = await tx.digestItem.findMany({ where: { userId }, orderBy: { id: "asc" }, include: { ticket: { select: { id: true, number: true, title: true, priority: true } } } });
      await tx.digestItem.deleteMany({ where: { id: { in: items.map((i) => i.id) } } });
      await tx.notificationPreference.update({ where: { userId }, data: { digestDueAt: null, ...(items.length ? { lastSentAt: now } : {}) } });
      if (items.length === 0 || !user.active) continue;
      const contents = digestContents(items.map((i) => ({ event: i.event as DigestEvent, ticketNumber: i.ticket.number, title: i.ticket.title, priority: i.ticket.priority, at: i.createdAt })));
      const byNumber = new Map(items.map((i) => [i.ticket.number, i.ticket]));
      const sections = contents.sections.map((s) => ({ event: s.event, items: s.items.map((i) => ({ ...byNumber.get(i.ticketNumber)! })) }));
      await enqueueEmail(tx, { kind: "digest", to: [user.email], ticketId: null, ...digestEmail(publicUrl(), sections) });
      digests++;
    }
    return { ran: true, digests };
  });
}
