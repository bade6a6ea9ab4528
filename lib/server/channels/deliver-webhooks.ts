import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { openSecret } from "@/lib/auth/mfa";
import { errorSummary } from "@/lib/errors";
import { nextAttemptDelayMs } from "@/lib/mail/thread";

// As the email outbox: while one worker posts, others skip the row this long (a crashed worker's claim expires).
const CLAIM_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;

export type WebhookRun = { claimed: number; sent: number; failed: number; dropped: number };

/**
 * Posts due outgoing webhooks. Claims a batch with FOR UPDATE SKIP LOCKED (safe with several instances), posts
 * outside any transaction, records the outcome; a failure (network, timeout, non-2xx) is retried with the emails'
 * backoff. At least once: a receiver may see a message twice if PostgreSQL fails right after it answered.
 */
export async function deliverWebhooks({ db = prisma, batch = 20, fetchImpl = fetch }: { db?: PrismaClient; batch?: number; fetchImpl?: typeof fetch } = {}): Promise<WebhookRun> {
  const claimed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutgoingWebhook" WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx.outgoingWebhook.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date(Date.now() + CLAIM_MS) } });
    return tx.outgoingWebhook.findMany({ where: { id: { in: ids } }, include: { channel: true }, orderBy: { createdAt: "asc" } });
  });

  const run: WebhookRun = { claimed: claimed.length, sent: 0, failed: 0, dropped: 0 };
  for (const hook of claimed) {
    if (!hook.channel.enabled) {
      await db.outgoingWebhook.update({ where: { id: hook.id }, data: { status: "DROPPED" } });
      run.dropped++;
      continue;
    }
    let error: string | null = null;
    try {
      const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "Vigie" };
      // Inside the try: a secret sealed under another NEXTAUTH_SECRET fails this delivery, not the batch.
      if (hook.channel.secretHeaderName && hook.channel.secretHeaderSealed) headers[hook.channel.secretHeaderName] = openSecret(hook.channel.secretHeaderSealed);
      const response = await fetchImpl(hook.channel.url, { method: "POST", headers, body: JSON.stringify(hook.body), signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "error" });
      await response.body?.cancel();
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (e) {
      error = errorSummary(e);
    }
    if (error === null) {
      await db.outgoingWebhook.update({ where: { id: hook.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
      run.sent++;
    } else {
      const attempts = hook.attempts + 1;
      await db.outgoingWebhook.update({ where: { id: hook.id }, data: { attempts, lastError: error.slice(0, 500), nextAttemptAt: new Date(Date.now() + nextAttemptDelayMs(attempts)) } });
      run.failed++;
    }
  }
  return run;
}
