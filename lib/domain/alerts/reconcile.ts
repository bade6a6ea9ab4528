import { occurrenceKey } from "./occurrences";

// Reconciliation compares what Alertmanager holds with what Vigie stores. Pure: the caller fetches both.
export type AmState = "active" | "suppressed" | "unprocessed";
export type AmAlert = {
  fingerprint: string;
  startsAt: Date;
  state: AmState;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  generatorURL: string;
};
/** One aggregation group as `GET /api/v2/alerts/groups` lists it, with the groupKey Vigie computed (null: unknown). */
export type AmGroup = { groupKey: string | null; receiver: string; labels: Record<string, string>; alerts: AmAlert[] };

export type FiringOccurrence = { id: string; fingerprint: string; startsAt: Date; ticketId: string | null };

export type ResolutionPlan = {
  /** Missing for longer than the grace: Vigie marks them resolved. */
  resolve: FiringOccurrence[];
  /** Missing since this run: remembered, resolved only if still missing after the grace. */
  startMissing: string[];
  /** Remembered as missing but back (or no longer firing in Vigie): forgotten. */
  clearMissing: string[];
};

/**
 * A firing occurrence Alertmanager no longer holds, in any state, has ended: Alertmanager lists an alert until
 * its end. Silenced and inhibited alerts count as held (they still fire; only their notifications are muted).
 * The grace leaves time for a resolved notice still on its way (group_interval) and for a restarted
 * Alertmanager to be refilled by Prometheus.
 */
export function planResolutions(input: {
  held: Set<string>;
  firing: FiringOccurrence[];
  missingSince: Map<string, Date>;
  now: Date;
  graceMs: number;
}): ResolutionPlan {
  const plan: ResolutionPlan = { resolve: [], startMissing: [], clearMissing: [] };
  const firingIds = new Set<string>();
  for (const occurrence of input.firing) {
    firingIds.add(occurrence.id);
    const since = input.missingSince.get(occurrence.id);
    if (input.held.has(occurrenceKey(occurrence.fingerprint, occurrence.startsAt))) {
      if (since) plan.clearMissing.push(occurrence.id);
    } else if (!since) plan.startMissing.push(occurrence.id);
    else if (input.now.getTime() - since.getTime() >= input.graceMs) plan.resolve.push(occurrence);
  }
  for (const id of input.missingSince.keys()) if (!firingIds.has(id)) plan.clearMissing.push(id);
  return plan;
}

export type IngestPlan = {
  /** Per groupKey, the active alerts Vigie never stored, with the group they belong to. */
  groups: { groupKey: string; receiver: string; labels: Record<string, string>; alerts: AmAlert[] }[];
  /** Alerts that should be ingested but whose groupKey could not be computed: reported, not guessed. */
  unroutable: number;
};

/**
 * Active alerts (notified, not silenced nor inhibited: those Vigie should have received) that Vigie never
 * stored. Only alerts older than the grace, unless `all` (a truncated delivery: the rest is known missing):
 * a young alert's delivery is still in group_wait.
 */
export function planIngestion(input: { groups: AmGroup[]; stored: Set<string>; now: Date; graceMs: number; all?: boolean; skip?: (a: AmAlert) => boolean }): IngestPlan {
  const byKey = new Map<string, IngestPlan["groups"][number]>();
  let unroutable = 0;
  for (const group of input.groups) {
    const missing = group.alerts.filter(
      (a) =>
        a.state === "active" &&
        !input.stored.has(occurrenceKey(a.fingerprint, a.startsAt)) &&
        (input.all || input.now.getTime() - a.startsAt.getTime() >= input.graceMs) &&
        !input.skip?.(a),
    );
    if (missing.length === 0) continue;
    if (!group.groupKey) {
      unroutable += missing.length;
      continue;
    }
    const entry = byKey.get(group.groupKey) ?? { groupKey: group.groupKey, receiver: group.receiver, labels: group.labels, alerts: [] };
    const seen = new Set(entry.alerts.map((a) => occurrenceKey(a.fingerprint, a.startsAt)));
    entry.alerts.push(...missing.filter((a) => !seen.has(occurrenceKey(a.fingerprint, a.startsAt))));
    byKey.set(group.groupKey, entry);
  }
  return { groups: [...byKey.values()], unroutable };
}

/** Every occurrence Alertmanager holds, in any state, on any reachable instance (HA peers hold the same). */
export function heldKeys(groups: AmGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.alerts.map((a) => occurrenceKey(a.fingerprint, a.startsAt))));
}

const ZERO_TIME = "0001-01-01T00:00:00Z";

/** The `vigieSource` of a body reconciliation built: such deliveries are not counted as Alertmanager's. */
export const RECONCILED_SOURCE = "reconciliation";

const common = (sets: Record<string, string>[]) =>
  Object.fromEntries(Object.entries(sets[0] ?? {}).filter(([k, v]) => sets.every((s) => Object.hasOwn(s, k) && s[k] === v)));

/** The webhook body Alertmanager would have sent for these alerts of the group (version 4). */
export function webhookBodyFor(group: IngestPlan["groups"][number], externalURL: string) {
  return {
    version: "4",
    groupKey: group.groupKey,
    truncatedAlerts: 0,
    status: "firing",
    receiver: group.receiver,
    groupLabels: group.labels,
    commonLabels: common(group.alerts.map((a) => a.labels)),
    commonAnnotations: common(group.alerts.map((a) => a.annotations)),
    externalURL,
    alerts: group.alerts.map((a) => ({
      status: "firing",
      labels: a.labels,
      annotations: a.annotations,
      startsAt: a.startsAt.toISOString(),
      endsAt: ZERO_TIME,
      generatorURL: a.generatorURL,
      fingerprint: a.fingerprint,
    })),
    // Not part of Alertmanager's payload (unknown keys are accepted): the stored body says where it came from.
    vigieSource: RECONCILED_SOURCE,
  };
}
