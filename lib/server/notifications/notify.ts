import type { Prisma } from "@/lib/generated/prisma/client";
import { modesOf, notificationEvents, placeNotification, stormEvents, type NotificationEvent, type NotificationMode } from "@/lib/domain/notifications/digest";
import { enqueueEmail, type EmailDraft } from "@/lib/server/mail/enqueue-email";
import { getSettings } from "@/lib/server/settings/get-settings";

type PreferenceRow = { userId: string; email: string; modes: unknown; lastSentAt: Date | null; digestDueAt: Date | null };

type Draft = EmailDraft & { ticketId: string };
type Options = { now?: Date; alwaysImmediate?: boolean };

const isEvent = (kind: string): kind is NotificationEvent => (notificationEvents as readonly string[]).includes(kind);

/**
 * Emails an event about a ticket to people, each as they chose (at once, in their digest, or not at all); new
 * incidents and escalations are storm-limited: within a window of the last one a person got, they wait for the
 * person's digest (lib/domain/notifications/digest.ts). In the caller's transaction, through the outbox, like enqueueEmail.
 * `alwaysImmediate`: escalation, which a person cannot turn off or defer by choice; the storm limit still applies.
 */
export async function notify(tx: Prisma.TransactionClient, draft: Draft, options: Options = {}): Promise<void> {
  return notifyEach(tx, [{ draft, now: options.now ?? new Date() }], options);
}

/**
 * notify() for several events in order, as if notified one after the other (each sees the digests and the storm
 * limit the earlier ones left), reading people's settings and locking their rows once: a storm's new incidents,
 * placed together after their deliveries commit, cost one round of reads and locks, not one each.
 */
export async function notifyEach(tx: Prisma.TransactionClient, items: { draft: Draft; now: Date }[], options: Pick<Options, "alwaysImmediate"> = {}): Promise<void> {
  const placed = items.map(({ draft, now }) => ({ draft: { ...draft, to: [...new Set(draft.to)].filter(Boolean).sort() }, now }));
  const limited = placed.filter(({ draft }) => draft.to.length > 0 && (options.alwaysImmediate || isEvent(draft.kind)));
  const addresses = [...new Set(limited.flatMap(({ draft }) => draft.to))].sort();

  const users = addresses.length === 0 ? [] : await tx.user.findMany({ where: { email: { in: addresses }, active: true }, select: { id: true, email: true }, orderBy: { id: "asc" } });
  const ids = users.map((u) => u.id);
  if (ids.length > 0) {
    await tx.$executeRaw`INSERT INTO "NotificationPreference" ("userId", "updatedAt") SELECT unnest(${ids}::uuid[]), now() ON CONFLICT DO NOTHING`;
  }
  const windowMs = ids.length === 0 ? 0 : (await getSettings(tx)).digestWindowMinutes * 60_000;
  // Row locks in one order (user id): two storms' transactions wait for each other instead of deadlocking, and a
  // digest being flushed is never joined half-way. Held until commit, so nothing is read after them that could be before.
  const rows = ids.length === 0 ? [] : await tx.$queryRaw<PreferenceRow[]>`
    SELECT p."userId", u."email", p."modes", p."lastSentAt", p."digestDueAt"
    FROM "NotificationPreference" p JOIN "User" u ON u."id" = p."userId"
    WHERE p."userId" = ANY(${ids}::uuid[]) ORDER BY p."userId" FOR UPDATE OF p`;
  const known = new Set(users.map((u) => u.email));
  const sentAt = new Map<string, Date>();
  const dueAt = new Map<string, Date>();
  const queued: { userId: string; event: string; ticketId: string; createdAt: Date }[] = [];
  const emails: EmailDraft[] = [];

  for (const { draft, now } of placed) {
    if (draft.to.length === 0) continue;
    if (!options.alwaysImmediate && !isEvent(draft.kind)) {
      emails.push(draft);
      continue;
    }
    // Addresses that are nobody's account (none today, but drafts carry addresses) go at once.
    const sendTo = draft.to.filter((address) => !known.has(address));
    const mine = new Set(draft.to);
    for (const row of rows) {
      if (!mine.has(row.email)) continue;
      const mode: NotificationMode = options.alwaysImmediate ? "immediate" : modesOf(row.modes)[draft.kind as NotificationEvent];
      const placement = placeNotification(draft.kind, mode, row, now, windowMs);
      if (placement.action === "send") {
        sendTo.push(row.email);
        if (stormEvents.includes(draft.kind)) sentAt.set(row.userId, (row.lastSentAt = now));
      } else if (placement.action === "queue") {
        queued.push({ userId: row.userId, event: draft.kind, ticketId: draft.ticketId, createdAt: now });
        if (!row.digestDueAt) dueAt.set(row.userId, (row.digestDueAt = placement.dueAt));
      }
    }
    emails.push({ ...draft, to: sendTo });
  }

  if (queued.length > 0) await tx.digestItem.createMany({ data: queued });
  const changed = [...new Set([...dueAt.keys(), ...sentAt.keys()])].map((userId) => ({
    userId, digestDueAt: dueAt.get(userId)?.toISOString() ?? null, lastSentAt: sentAt.get(userId)?.toISOString() ?? null,
  }));
  if (changed.length > 0) {
    // One statement for every person whose digest or storm limit moved (timestamps stored as UTC, as Prisma does).
    await tx.$executeRaw`
      UPDATE "NotificationPreference" p SET "digestDueAt" = COALESCE(x."digestDueAt"::timestamp(3), p."digestDueAt"),
             "lastSentAt" = COALESCE(x."lastSentAt"::timestamp(3), p."lastSentAt"), "updatedAt" = ${new Date().toISOString()}::timestamp(3)
      FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS x("userId" uuid, "digestDueAt" text, "lastSentAt" text)
      WHERE p."userId" = x."userId"`;
  }
  for (const email of emails) await enqueueEmail(tx, email);
}
