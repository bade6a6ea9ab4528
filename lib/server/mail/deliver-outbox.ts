import "server-only";
import type { Transporter } from "nodemailer";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { nextAttemptDelayMs } from "@/lib/mail/thread";
import { mailTransport } from "./transport";

// While one worker sends an email, others skip it for this long (a crashed worker's claim expires).
const CLAIM_MS = 2 * 60_000;

export type OutboxRun = { claimed: number; sent: number; failed: number };

/**
 * Sends due emails from the outbox. Claims a batch with FOR UPDATE SKIP LOCKED (safe with several instances),
 * sends outside any transaction, then records the outcome; a failure is retried later with backoff.
 */
export async function deliverOutbox({ db = prisma, transport = mailTransport(), batch = 20 }: { db?: PrismaClient; transport?: Transporter | null; batch?: number } = {}): Promise<OutboxRun> {
  if (!transport) return { claimed: 0, sent: 0, failed: 0 };
  const claimed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxEmail" WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx.outboxEmail.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date(Date.now() + CLAIM_MS) } });
    return tx.outboxEmail.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
  });

  const run: OutboxRun = { claimed: claimed.length, sent: 0, failed: 0 };
  for (const email of claimed) {
    try {
      await transport.sendMail({
        from: env().MAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: email.messageId,
        inReplyTo: email.inReplyTo ?? undefined,
        references: email.references.length ? email.references : undefined,
      });
      await db.outboxEmail.update({ where: { id: email.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
      run.sent++;
    } catch (error) {
      const attempts = email.attempts + 1;
      await db.outboxEmail.update({
        where: { id: email.id },
        data: { attempts, lastError: String(error instanceof Error ? error.message : error).slice(0, 500), nextAttemptAt: new Date(Date.now() + nextAttemptDelayMs(attempts)) },
      });
      run.failed++;
    }
  }
  return run;
}
