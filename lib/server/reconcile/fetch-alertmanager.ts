import { parse } from "yaml";
import type { AmGroup } from "@/lib/domain/alerts/reconcile";
import { toAmGroups, type ApiGroup } from "@/lib/domain/alerts/reconcile-groups";
import { buildRoutes } from "@/lib/domain/alerts/reconcile-routes";

const TIMEOUT_MS = 10_000;

export type AmSnapshot =
  | { url: string; ok: true; groups: AmGroup[]; alerts: number }
  | { url: string; ok: false; error: string };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${new URL(url).pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * One Alertmanager's groups for Vigie's receivers, each with the groupKey a delivery carries. The API does not
 * give the groupKey, so it is computed from the routing tree of the config the same Alertmanager reports
 * (in the form Vigie stores it).
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
    const result = toAmGroups(root, groups);
    return { url, ok: true, groups: result, alerts: new Set(result.flatMap((g) => g.alerts.map((a) => a.fingerprint))).size };
  } catch (error) {
    const message = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
    return { url, ok: false, error: message.slice(0, 300) };
  }
}
