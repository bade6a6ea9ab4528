// When an email about a ticket goes at once and when it waits for a digest. Storms are of new incidents (and of
// their escalations): per person, the first goes at once; any other within a window of the last one sent joins
// one digest, sent when that window ends; after a quiet window, the next goes at once again. The other events go
// at once or into the digest as the person chose.

/** The events a person chooses for; escalation is not among them: it always goes at once (see escalation). */
export const notificationEvents = ["ticket.registered", "ticket.assigned", "ticket.validation_requested", "validation.refused", "ticket.closed"] as const;
export type NotificationEvent = (typeof notificationEvents)[number];

export const notificationModes = ["immediate", "digest", "off"] as const;
export type NotificationMode = (typeof notificationModes)[number];
export type NotificationModes = Record<NotificationEvent, NotificationMode>;

/** Everyone gets every event as it happens, storm-limited, until they choose otherwise. */
export const defaultModes: NotificationModes = {
  "ticket.registered": "immediate",
  "ticket.assigned": "immediate",
  "ticket.validation_requested": "immediate",
  "validation.refused": "immediate",
  "ticket.closed": "immediate",
};

export function modesOf(stored: unknown): NotificationModes {
  const modes = { ...defaultModes };
  if (stored && typeof stored === "object") {
    for (const event of notificationEvents) {
      const value = (stored as Record<string, unknown>)[event];
      if ((notificationModes as readonly string[]).includes(value as string)) modes[event] = value as NotificationMode;
    }
  }
  return modes;
}

/** A person's storm limit: when their last storm email (at once or digest) went, and when their digest is due. */
export type DigestState = { lastSentAt: Date | null; digestDueAt: Date | null };

export type Placement = { action: "send" } | { action: "queue"; dueAt: Date } | { action: "drop" };

/** The events that come in storms: limited even for a person who wants them at once. */
export const stormEvents: readonly string[] = ["ticket.registered", "escalation.notified"];

export function placeNotification(event: string, mode: NotificationMode, state: DigestState, now: Date, windowMs: number): Placement {
  if (mode === "off") return { action: "drop" };
  const storm = stormEvents.includes(event);
  if (mode === "immediate" && !storm) return { action: "send" };
  // A digest is waiting: join it, so the person reads the storm in order and gets one email.
  if (state.digestDueAt) return { action: "queue", dueAt: state.digestDueAt };
  if (mode === "digest") return { action: "queue", dueAt: new Date(now.getTime() + windowMs) };
  if (!state.lastSentAt || now.getTime() - state.lastSentAt.getTime() >= windowMs) return { action: "send" };
  return { action: "queue", dueAt: new Date(state.lastSentAt.getTime() + windowMs) };
}

export function isDigestDue(state: DigestState, now: Date): boolean {
  return state.digestDueAt !== null && state.digestDueAt.getTime() <= now.getTime();
}

/** What a digest lists: the chosen events, and escalations that fell within a storm's window. */
export type DigestEvent = NotificationEvent | "escalation.notified";
const digestOrder: readonly DigestEvent[] = ["escalation.notified", ...notificationEvents];

export type DigestItem = { event: DigestEvent; ticketNumber: number; title: string; priority: number; at: Date };

/**
 * What a digest lists: one section per event (escalations first), items oldest first. Its words (headings, the
 * summary in the subject) are the email's, in the recipient's language (lib/mail/templates.ts digestEmail).
 */
export function digestContents(items: DigestItem[]): { sections: { event: DigestEvent; items: DigestItem[] }[] } {
  const sections = digestOrder
    .map((event) => ({ event, items: items.filter((i) => i.event === event).sort((a, b) => a.at.getTime() - b.at.getTime() || a.ticketNumber - b.ticketNumber) }))
    .filter((s) => s.items.length > 0);
  return { sections };
}
