import type { Prisma } from "@/lib/generated/prisma/client";
import { modesOf, notificationEvents, placeNotification, stormEvents, type NotificationEvent, type NotificationMode } from "@/lib/domain/notifications/digest";
import { enqueueEmail, type EmailDraft } from "@/lib/server/mail/enqueue-email";
import { getSettings } from "@/lib/server/settings/get-settings";

type PreferenceRow = { userId: string; email: string; modes: unknown; lastSentAt: Date | null; digestDueAt: Date | null };

const isEvent = (kind: string): kind is NotificationEvent => (notificationEvents as readonly string[]).includes(kind);

/**
 * Emails an event about a ticket to people, each as they chose (at once, in their digest, or not at all); new
 * incidents and escalations are storm-limited: within a window of the last one a person got, they wait for the
 * person's digest (lib/domain/notifications/digest.ts). In the caller's transaction, through the outbox, like enqueueEmail.
 * `alwaysImmediate`: escalation, which a person cannot turn off or defer by choice; the storm limit still applies.
 */
export async function notify(tx: Prisma.TransactionClient, draft: EmailDraft & { ticketId: string }, options: { now?: Date; alwaysImmediate?: boolean } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const to = [...new Set(draft.to)].filter(Boolean).sort();
  if (to.length === 0) return;
  if (!options.alwaysImmediate && !isEvent(draft.kind)) return enqueueEmail(tx, draft);

  const users = await tx.user.findMany({ where: { email: { in: to }, active: true }, select: { id: true, email: true }, orderBy: { id: "asc" } });
  const ids = users.map((u) => u.id);
  if (ids.length > 0) {
    await tx.$executeRaw`INSERT INTO "NotificationPreference" ("userId", "updatedAt") SELECT unnest(${ids}::uuid[]), now() ON CONFLICT DO NOTHING`;
  }
  const windowMs = (await getSettings(tx)).digestWindowMinutes * 60_000;
  // Row locks in one order (user id): two storms' transactions wait for each other instead of deadlocking, and a
  // digest being flushed is never joined half-way. Held until commit, so nothing is read after them that could be before.
  const rows = ids.length === 0 ? [] : await tx.$queryRaw<PreferenceRow[]>`
    SELECT p."userId", u."email", p."modes", p."lastSentAt", p."digestDueAt"
    FROM "NotificationPreference" p JOIN "User" u ON u."id" = p."userId"
    WHERE p."userId" = ANY(${ids}::uuid[]) ORDER BY p."userId" FOR UPDATE OF p`;

  // Addresses that are nobody's account (none today, but drafts carry addresses) go at once.
  const known = new Set(users.map((u) => u.email));
  const sendTo = to.filter((address) => !known.has(address));
  const sentIds: string[] = [];
  for (const row of rows) {
    const mode: NotificationMode = options.alwaysImmediate ? "immediate" : modesOf(row.modes)[draft.kind as NotificationEvent];
    const placement = placeNotification(draft.kind, mode, row, now, windowMs);
    if (placement.action === "send") {
      sendTo.push(row.email);
      if (stormEvents.includes(draft.kind)) sentIds.push(row.userId);
    } else if (placement.action === "queue") {
      await tx.digestItem.create({ data: { userId: row.userId, event: draft.kind, ticketId: draft.ticketId, createdAt: now } });
      if (!row.digestDueAt) await tx.notificationPreference.update({ where: { userId: row.userId }, data: { digestDueAt: placement.dueAt } });
    }
  }
  if (sentIds.length > 0) await tx.notificationPreference.updateMany({ where: { userId: { in: sentIds } }, data: { lastSentAt: now } });
  await enqueueEmail(tx, { ...draft, to: sendTo });
}
