// One email thread per ticket: the thread's root Message-ID is derived from the ticket, and every email
// about the ticket refers to it, so mail clients group them whatever order they arrive in.
export function threadRootId(ticketId: string, domain: string): string {
  return `<ticket-${ticketId}@${domain}>`;
}

export type ThreadHeaders = { messageId: string; inReplyTo: string | null; references: string[] };

/** The first email of a ticket is the root; later ones reply to it. */
export function threadHeaders(options: { ticketId: string | null; domain: string; emailId: string; isFirst: boolean }): ThreadHeaders {
  const own = `<${options.emailId}@${options.domain}>`;
  if (!options.ticketId) return { messageId: own, inReplyTo: null, references: [] };
  const root = threadRootId(options.ticketId, options.domain);
  if (options.isFirst) return { messageId: root, inReplyTo: null, references: [] };
  return { messageId: own, inReplyTo: root, references: [root] };
}

/** The domain part used in Message-IDs: the public URL's host. */
export function messageDomain(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || "vigie.local";
  } catch {
    return "vigie.local";
  }
}

/** Retry schedule for a failed send: 30 s, 1 min, 2 min… capped at 30 min. Never gives up by itself. */
export function nextAttemptDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);
}
