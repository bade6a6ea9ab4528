// What this process knows about outbox emails that PostgreSQL does not yet: emails handed to SMTP whose SENT could
// not be written, and claimed emails it gave up sending. Written back first thing on the next run, so a database
// blip neither resends the first (a duplicate) nor holds the others for the whole claim. Only a crash loses this;
// the email is then sent again, with the same Message-ID, so mail clients show it once.
const sentUnrecorded = new Map<string, Date>();
const claimedUnsent = new Set<string>();

export const outboxLedger = {
  sent(id: string, at: Date) {
    sentUnrecorded.set(id, at);
    claimedUnsent.delete(id);
  },
  unsent(ids: string[]) {
    for (const id of ids) if (!sentUnrecorded.has(id)) claimedUnsent.add(id);
  },
  pending() {
    return { sent: [...sentUnrecorded], unsent: [...claimedUnsent] };
  },
  recorded(ids: string[]) {
    for (const id of ids) {
      sentUnrecorded.delete(id);
      claimedUnsent.delete(id);
    }
  },
  /** Tests: play a process that crashed and lost what it knew. */
  forget() {
    sentUnrecorded.clear();
    claimedUnsent.clear();
  },
};
