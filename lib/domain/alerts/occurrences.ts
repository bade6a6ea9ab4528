import type { WebhookAlert } from "./payload";

// An alert occurrence is one (fingerprint, startsAt): stored once, however often it is delivered.
export type StoredOccurrence = {
  id: string;
  fingerprint: string;
  startsAt: Date;
  status: "FIRING" | "RESOLVED";
  ticketId: string | null;
};

/** An occurrence's identity, for maps and sets (never stored): milliseconds, since toISOString was 2 % of a storm's CPU. */
export const occurrenceKey = (fingerprint: string, startsAt: Date) => `${fingerprint}@${startsAt.getTime()}`;

export type OccurrencePlan = {
  /** Occurrences never seen before, with the status they arrive in. */
  fresh: WebhookAlert[];
  /** Stored as firing, now resolved. */
  resolving: { stored: StoredOccurrence; alert: WebhookAlert }[];
  /** Already known in this state (retries, repeat notifications, a firing copy arriving after the resolution). */
  repeated: StoredOccurrence[];
};

/**
 * Compares a delivery's alerts with what is stored. A resolution is final: a late firing copy of a
 * resolved occurrence does not bring it back (Alertmanager retries can arrive out of order).
 */
export function planOccurrences(incoming: WebhookAlert[], stored: StoredOccurrence[]): OccurrencePlan {
  const byKey = new Map(stored.map((s) => [occurrenceKey(s.fingerprint, s.startsAt), s]));
  const plan: OccurrencePlan = { fresh: [], resolving: [], repeated: [] };
  const seen = new Set<string>();
  for (const alert of incoming) {
    const key = occurrenceKey(alert.fingerprint, alert.startsAt!);
    if (seen.has(key)) continue; // the same occurrence twice in one payload
    seen.add(key);
    const known = byKey.get(key);
    if (!known) plan.fresh.push(alert);
    else if (known.status === "FIRING" && alert.status === "resolved") plan.resolving.push({ stored: known, alert });
    else plan.repeated.push(known);
  }
  return plan;
}

/** True when the delivery brings a firing occurrence that Vigie has not seen: the problem is (again) happening. */
export function hasNewFiring(plan: OccurrencePlan): boolean {
  return plan.fresh.some((a) => a.status === "firing");
}
