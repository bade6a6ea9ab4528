import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env, publicUrl } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { EmailText } from "@/lib/mail/templates";
import { messageDomain, threadHeaders } from "@/lib/mail/thread";

/** `render`, when the text comes from lib/mail/templates.ts: the email in another language. */
export type EmailDraft = { kind: string; to: string[]; subject: string; text: string; ticketId?: string | null; render?: (locale: Locale) => EmailText };

/**
 * Puts an email in the outbox, in the caller's transaction: it leaves only if the change commits,
 * and the outbox worker sends it afterwards, with retries. Each recipient reads it in their language (their
 * account's, else VIGIE_DEFAULT_LOCALE): one email per language among the recipients. The first email of a
 * ticket is its thread's root; the other languages' reply to it, like every later email.
 */
export async function enqueueEmail(tx: Prisma.TransactionClient, draft: EmailDraft): Promise<void> {
  const to = [...new Set(draft.to)].filter(Boolean);
  if (to.length === 0) return;
  const { render } = draft;
  if (!render) return writeEmail(tx, draft, to, { subject: draft.subject, text: draft.text });
  for (const [locale, addresses] of await byLocale(tx, to)) await writeEmail(tx, draft, addresses, render(locale));
}

/** The recipients grouped by language, in a stable order (the default language first). */
async function byLocale(tx: Prisma.TransactionClient, to: string[]): Promise<Map<Locale, string[]>> {
  const fallback = env().VIGIE_DEFAULT_LOCALE;
  const users = await tx.user.findMany({ where: { email: { in: to } }, select: { email: true, locale: true } });
  const localeOf = new Map(users.map((u) => [u.email, isLocale(u.locale) ? u.locale : fallback]));
  const groups = new Map<Locale, string[]>([[fallback, []]]);
  for (const address of to) {
    const locale = localeOf.get(address) ?? fallback;
    groups.set(locale, [...(groups.get(locale) ?? []), address]);
  }
  return new Map([...groups].filter(([, list]) => list.length > 0));
}

async function writeEmail(tx: Prisma.TransactionClient, draft: EmailDraft, to: string[], { subject, text }: EmailText): Promise<void> {
  const id = randomUUID();
  const ticketId = draft.ticketId ?? null;
  const isFirst = ticketId ? (await tx.outboxEmail.count({ where: { ticketId } })) === 0 : true;
  const headers = threadHeaders({ ticketId, domain: messageDomain(publicUrl()), emailId: id, isFirst });
  await tx.outboxEmail.create({
    data: {
      id,
      kind: draft.kind,
      to,
      subject,
      text,
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
