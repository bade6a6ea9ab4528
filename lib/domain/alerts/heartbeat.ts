// The Watchdog alert is a heartbeat (risk R1): its absence is the incident.
export type HeartbeatConfig = { matcher: { label: string; value: string }; periodMs: number; graceMs: number };

export function isHeartbeat(labels: Record<string, string>, config: HeartbeatConfig): boolean {
  return Object.hasOwn(labels, config.matcher.label) && labels[config.matcher.label] === config.matcher.value;
}

/** Parses `alertname="Watchdog"` (or `alertname=Watchdog`) into a label matcher. */
export function parseMatcher(text: string): { label: string; value: string } {
  const match = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*(?:"([^"]*)"|([^"~=!\s][^"\s]*))\s*$/.exec(text);
  if (!match) throw new Error(`not a label matcher: ${text} (expected name="value")`);
  return { label: match[1]!, value: (match[2] ?? match[3])! };
}

export type HeartbeatState = { lastSeenAt: Date | null; startedWatchingAt: Date };

export type HeartbeatStatus = {
  lastSeenAt: Date | null;
  /** When the next beat is due at the latest (period + grace after the last one). */
  deadline: Date;
  nextExpectedAt: Date;
  late: boolean;
};

/** Never seen: the deadline runs from when Vigie started watching, so a pipeline that never worked is caught too. */
export function heartbeatStatus(state: HeartbeatState, config: HeartbeatConfig, now: Date): HeartbeatStatus {
  const base = state.lastSeenAt ?? state.startedWatchingAt;
  const nextExpectedAt = new Date(base.getTime() + config.periodMs);
  const deadline = new Date(nextExpectedAt.getTime() + config.graceMs);
  return { lastSeenAt: state.lastSeenAt, nextExpectedAt, deadline, late: now > deadline };
}

export type HeartbeatAlert = { status: "firing" | "resolved"; fingerprint: string; startsAt: Date | null; endsAt: Date | null };

/**
 * What one Watchdog delivery means. Firing: a beat (one per delivery, however many Watchdogs it carries).
 * Resolved only: Alertmanager stopped hearing from Prometheus, so rule evaluation stopped: an alarm, never a beat.
 * A resolved notice for an occurrence older than one already seen again (Prometheus restarted since; a late
 * retry or an HA peer's copy) is stale: it says nothing about now.
 */
export type HeartbeatArrival = { kind: "beat" } | { kind: "stopped"; endedAt: Date | null } | { kind: "stale" };

export function heartbeatArrival(alerts: HeartbeatAlert[], newestStartByFingerprint: ReadonlyMap<string, Date>): HeartbeatArrival {
  if (alerts.some((a) => a.status === "firing")) return { kind: "beat" };
  const current = alerts.filter((a) => {
    const newest = newestStartByFingerprint.get(a.fingerprint);
    return !newest || !a.startsAt || newest.getTime() <= a.startsAt.getTime();
  });
  if (current.length === 0) return { kind: "stale" };
  const ends = current.flatMap((a) => (a.endsAt ? [a.endsAt.getTime()] : []));
  return { kind: "stopped", endedAt: ends.length ? new Date(Math.max(...ends)) : null };
}
