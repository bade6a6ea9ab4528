import { parse } from "yaml";
import type { AmAlert, AmGroup, AmState } from "@/lib/domain/alerts/reconcile";
import { buildRoutes, groupKeyFor } from "@/lib/domain/alerts/reconcile-routes";

const TIMEOUT_MS = 10_000;

type ApiAlert = {
  fingerprint: string;
  startsAt: string;
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  generatorURL?: string;
  status: { state: AmState };
};
type ApiGroup = { labels: Record<string, string>; receiver: { name: string }; alerts: ApiAlert[] };

export type AmSnapshot =
  | { url: string; ok: true; groups: AmGroup[]; alerts: number }
  | { url: string; ok: false; error: string };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${new URL(url).pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

const toAlert = (a: ApiAlert): AmAlert => ({
  fingerprint: a.fingerprint,
  startsAt: new Date(a.startsAt),
  state: a.status.state,
  labels: a.labels,
  annotations: a.annotations ?? {},
  generatorURL: a.generatorURL ?? "",
});

/**
 * One Alertmanager's groups for Vigie's receivers, each with the groupKey a delivery carries. The API does not
 * give the groupKey, so it is computed from the routing tree of the config the same Alertmanager reports.
 * Every state is asked for (active, silenced, inhibited, unprocessed): all of them are alerts still held.
 */
export async function fetchAlertmanager(url: string, receiver: string): Promise<AmSnapshot> {
  try {
    const query = new URLSearchParams({ receiver, active: "true", silenced: "true", inhibited: "true", unprocessed: "true" });
    const [groups, status] = await Promise.all([
      getJson<ApiGroup[]>(`${url}/api/v2/alerts/groups?${query}`),
      getJson<{ config: { original: string } }>(`${url}/api/v2/status`),
    ]);
    const root = buildRoutes((parse(status.config.original) as { route: Parameters<typeof buildRoutes>[0] }).route);
    const result = groups.map((g): AmGroup => {
      const alerts = g.alerts.map(toAlert);
      // All alerts of a group went down the same route: the first one tells which.
      const groupKey = alerts[0] ? groupKeyFor(root, g.receiver.name, g.labels, alerts[0].labels) : null;
      return { groupKey, receiver: g.receiver.name, labels: g.labels, alerts };
    });
    return { url, ok: true, groups: result, alerts: new Set(result.flatMap((g) => g.alerts.map((a) => a.fingerprint))).size };
  } catch (error) {
    const message = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
    return { url, ok: false, error: message.slice(0, 300) };
  }
}
