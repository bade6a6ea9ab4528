import "server-only";
import type { Transporter } from "nodemailer";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { errorSummary } from "@/lib/errors";
import { nextAttemptDelayMs } from "@/lib/mail/thread";
import { outboxLedger } from "./deliver-outbox-ledger";
import { mailTransport } from "./transport";

// While one worker sends an email, others skip it for this long (a crashed worker's claim expires).
const CLAIM_MS = 2 * 60_000;

/** `unrecorded`: handed to SMTP, but PostgreSQL failed before SENT was written (the next run writes it). */
export type OutboxRun = { claimed: number; sent: number; failed: number; unrecorded?: number };

/**
 * Sends due emails from the outbox. Claims a batch with FOR UPDATE SKIP LOCKED (safe with several instances),
 * sends outside any transaction, then records the outcome; a failure is retried later with backoff.
 * At least once: when PostgreSQL fails after an email went to SMTP, the batch stops (sending more would only make
 * more emails it cannot record), and the next run first writes what this process knows (see the ledger).
 */
export async function deliverOutbox({ db = prisma, transport = mailTransport(), batch = 20 }: { db?: PrismaClient; transport?: Transporter | null; batch?: number } = {}): Promise<OutboxRun> {
  if (!transport) return { claimed: 0, sent: 0, failed: 0 };
  await writeBackLedger(db);
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
  for (const [index, email] of claimed.entries()) {
    let outcome: { sent: true } | { sent: false; error: unknown };
    try {
      await transport.sendMail({
        from: env().MAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: email.text,
        // Stored with the email: a resend carries the same Message-ID, so a duplicate shows once in mail clients.
        messageId: email.messageId,
        inReplyTo: email.inReplyTo ?? undefined,
        references: email.references.length ? email.references : undefined,
      });
      outcome = { sent: true };
    } catch (error) {
      outcome = { sent: false, error };
    }
    try {
      if (outcome.sent) {
        await db.outboxEmail.update({ where: { id: email.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
        run.sent++;
      } else {
        const attempts = email.attempts + 1;
        await db.outboxEmail.update({
          where: { id: email.id },
          data: { attempts, lastError: errorSummary(outcome.error).slice(0, 500), nextAttemptAt: new Date(Date.now() + nextAttemptDelayMs(attempts)) },
        });
        run.failed++;
      }
    } catch (error) {
      // PostgreSQL failed: remember the send, stop here, and let the rest go back to the queue on the next run.
      if (outcome.sent) outboxLedger.sent(email.id, new Date());
      outboxLedger.unsent(claimed.slice(outcome.sent ? index + 1 : index).map((e) => e.id));
      if (outcome.sent) run.unrecorded = 1;
      console.warn(`email outbox: database unavailable after ${outcome.sent ? "sending" : "trying"} ${email.messageId}; the batch resumes on the next run (${errorSummary(error)})`);
      break;
    }
  }
  return run;
}

/** Writes back what the last run could not: SENT for emails already handed to SMTP, release of the unsent claims. */
async function writeBackLedger(db: PrismaClient) {
  const { sent, unsent } = outboxLedger.pending();
  if (sent.length === 0 && unsent.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const [id, at] of sent) {
      await tx.outboxEmail.updateMany({ where: { id, status: "PENDING" }, data: { status: "SENT", sentAt: at, attempts: { increment: 1 }, lastError: null } });
    }
    if (unsent.length) await tx.outboxEmail.updateMany({ where: { id: { in: unsent }, status: "PENDING" }, data: { nextAttemptAt: new Date() } });
  });
  outboxLedger.recorded([...sent.map(([id]) => id), ...unsent]);
}
