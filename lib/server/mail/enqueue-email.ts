import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env, publicUrl } from "@/lib/env";
import { messageDomain, threadHeaders } from "@/lib/mail/thread";

export type EmailDraft = { kind: string; to: string[]; subject: string; text: string; ticketId?: string | null };

/**
 * Puts an email in the outbox, in the caller's transaction: it leaves only if the change commits,
 * and the outbox worker sends it afterwards, with retries.
 */
export async function enqueueEmail(tx: Prisma.TransactionClient, draft: EmailDraft): Promise<void> {
  const to = [...new Set(draft.to)].filter(Boolean);
  if (to.length === 0) return;
  const id = randomUUID();
  const ticketId = draft.ticketId ?? null;
  const isFirst = ticketId ? (await tx.outboxEmail.count({ where: { ticketId } })) === 0 : true;
  const headers = threadHeaders({ ticketId, domain: messageDomain(publicUrl()), emailId: id, isFirst });
  await tx.outboxEmail.create({
    data: {
      id,
      kind: draft.kind,
      to,
      subject: draft.subject,
      text: draft.text,
      ticketId,
      messageId: headers.messageId,
      inReplyTo: headers.inReplyTo,
      references: headers.references,
      status: env().SMTP_URL ? "PENDING" : "KEPT",
    },
  });
}

export async function activeAdminEmails(tx: Prisma.TransactionClient): Promise<string[]> {
  const admins = await tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { email: true }, orderBy: { email: "asc" } });
  return admins.map((a) => a.email);
}
