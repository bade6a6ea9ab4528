import type { AmAlert, AmGroup, AmState } from "./reconcile";
import { groupKeyFor, type Route } from "./reconcile-routes";
import { storedGroupKey } from "./safe-text";

// `GET /api/v2/alerts/groups` as Alertmanager 0.25 answers it (the fields reconciliation reads).
export type ApiAlert = {
  fingerprint: string;
  startsAt: string;
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  generatorURL?: string;
  status: { state: AmState };
};
export type ApiGroup = { labels: Record<string, string>; receiver: { name: string }; alerts: ApiAlert[] };

const toAlert = (a: ApiAlert): AmAlert => ({
  fingerprint: a.fingerprint,
  startsAt: new Date(a.startsAt),
  state: a.status.state,
  labels: a.labels,
  annotations: a.annotations ?? {},
  generatorURL: a.generatorURL ?? "",
});

/**
 * The groups with the groupKey each delivery carries, in the form Vigie stores it (storedGroupKey: a key over
 * 1 KiB shortened, NUL made U+FFFD), so that comparing with stored deliveries and looking up tickets find them.
 */
export function toAmGroups(root: Route, groups: ApiGroup[]): AmGroup[] {
  return groups.map((g) => {
    const alerts = g.alerts.map(toAlert);
    // All alerts of a group went down the same route: the first one tells which.
    const key = alerts[0] ? groupKeyFor(root, g.receiver.name, g.labels, alerts[0].labels) : null;
    return { groupKey: key === null ? null : storedGroupKey(key), receiver: g.receiver.name, labels: g.labels, alerts };
  });
}
