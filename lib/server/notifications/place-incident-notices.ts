import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { publicUrl } from "@/lib/env";
import { newIncidentEmail } from "@/lib/mail/templates";
import { activeAdminEmails } from "@/lib/server/mail/enqueue-email";
import { notifyEach } from "./notify";

const BATCH = 50;
const MAX_BATCHES = 20;

/**
 * Places the new-incident notices the webhook's ingestion wrote (IncidentNotice), oldest first: each admin as they
 * chose, in their language; in a storm, the first at once and the rest in one digest per window (notify()). A
 * batch is one transaction: its notices are taken (SKIP LOCKED: instances share the work) and placed together,
 * each at the time its ticket opened, with one read and one lock of the admins' settings (notifyEach). Returns how many were placed.
 */
export async function placeIncidentNotices(db: PrismaClient = prisma): Promise<number> {
  let placed = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const count = await db.$transaction(async (tx) => {
      const notices = await tx.$queryRaw<{ id: string; ticketId: string; createdAt: Date }[]>`
        DELETE FROM "IncidentNotice" WHERE "id" IN (
          SELECT "id" FROM "IncidentNotice" ORDER BY "createdAt", "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
        ) RETURNING "id", "ticketId", "createdAt"`;
      if (notices.length === 0) return 0;
      notices.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      const tickets = await tx.ticket.findMany({
        where: { id: { in: notices.map((n) => n.ticketId) } },
        select: { id: true, number: true, title: true, priority: true, source: true, runbookUrl: true },
      });
      const byId = new Map(tickets.map((t) => [t.id, t]));
      const to = await activeAdminEmails(tx);
      await notifyEach(tx, notices.flatMap((notice) => {
        const ticket = byId.get(notice.ticketId);
        return ticket ? [{ draft: { kind: "ticket.registered", to, ...newIncidentEmail(publicUrl(), ticket), ticketId: ticket.id }, now: notice.createdAt }] : [];
      }));
      return notices.length;
    });
    placed += count;
    if (count < BATCH) break;
  }
  return placed;
}

type Placing = { running: Promise<unknown> | null; next: Promise<unknown> | null };
const placing = new WeakMap<object, Placing>();

/**
 * Places the notices now, once per caller's commit but not once per caller: while a placement runs, the callers
 * that committed meanwhile share the one that starts after it (which sees their notices). Resolves when a
 * placement that began after the call has ended; rejects if it failed (the notices stay for the next one, or
 * for the "incident notices" job).
 */
export function placeIncidentNoticesSoon(db: PrismaClient = prisma): Promise<unknown> {
  const key = db as object;
  const state = placing.get(key) ?? { running: null, next: null };
  placing.set(key, state);
  const start = () => {
    const run = placeIncidentNotices(db).finally(() => {
      if (state.running === run) state.running = null;
    });
    state.running = run;
    return run;
  };
  if (!state.running) return start();
  state.next ??= state.running.catch(() => {}).then(() => {
    state.next = null;
    return start();
  });
  return state.next;
}
