// When an email about a ticket goes at once and when it waits for a digest. Per person: the first email of a storm
// goes at once; anything within a window of the last email sent joins one digest, sent when that window ends.
// After a window without email, the next one goes at once again.

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

/** A person's throttle: when their last email (at once or digest) went, and when the waiting digest is due. */
export type DigestState = { lastSentAt: Date | null; digestDueAt: Date | null };

export type Placement = { action: "send" } | { action: "queue"; dueAt: Date } | { action: "drop" };

export function placeNotification(mode: NotificationMode, state: DigestState, now: Date, windowMs: number): Placement {
  if (mode === "off") return { action: "drop" };
  // A digest is waiting: join it, so the person reads events in order and gets one email.
  if (state.digestDueAt) return { action: "queue", dueAt: state.digestDueAt };
  if (mode === "digest") return { action: "queue", dueAt: new Date(now.getTime() + windowMs) };
  if (!state.lastSentAt || now.getTime() - state.lastSentAt.getTime() >= windowMs) return { action: "send" };
  return { action: "queue", dueAt: new Date(state.lastSentAt.getTime() + windowMs) };
}

/** The state after an email went to the person at `now`. */
export function afterSending(state: DigestState, now: Date): DigestState {
  return { lastSentAt: now, digestDueAt: state.digestDueAt };
}

export function isDigestDue(state: DigestState, now: Date): boolean {
  return state.digestDueAt !== null && state.digestDueAt.getTime() <= now.getTime();
}

export type DigestItem = { event: NotificationEvent; ticketNumber: number; title: string; priority: number; at: Date };

const headings: Record<NotificationEvent, (n: number) => string> = {
  "ticket.registered": (n) => (n === 1 ? "1 new incident" : `${n} new incidents`),
  "ticket.assigned": (n) => (n === 1 ? "1 incident assigned to you" : `${n} incidents assigned to you`),
  "ticket.validation_requested": (n) => (n === 1 ? "1 validation requested" : `${n} validations requested`),
  "validation.refused": (n) => (n === 1 ? "1 solution refused" : `${n} solutions refused`),
  "ticket.closed": (n) => (n === 1 ? "1 incident closed" : `${n} incidents closed`),
};

/** What a digest says: one section per event, in the events' order, items oldest first, highest priority marked. */
export function digestContents(items: DigestItem[]): { sections: { heading: string; items: DigestItem[] }[]; summary: string } {
  const sections = notificationEvents
    .map((event) => ({ event, items: items.filter((i) => i.event === event).sort((a, b) => a.at.getTime() - b.at.getTime() || a.ticketNumber - b.ticketNumber) }))
    .filter((s) => s.items.length > 0)
    .map((s) => ({ heading: headings[s.event](s.items.length), items: s.items }));
  return { sections, summary: sections.map((s) => s.heading).join(", ") };
}
