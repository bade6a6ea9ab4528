import { randomUUID } from "node:crypto";
import { rawAlert, rawPayload, type RawAlert } from "@/test/fixtures/alerts";

export const TEST_ALERTMANAGER_TOKEN = "test-alertmanager-token-0123456789";

/** A unique group with its own alert names and fingerprints, so tests never see each other's tickets. */
export function uniqueGroup(labels: Record<string, string> = {}) {
  const id = randomUUID().slice(0, 8);
  const alertname = `TestAlert_${id}`;
  const groupKey = `{}:{alertname="${alertname}"}`;
  return {
    /** Eight random hex digits, unique to this group: a prefix for fingerprints no other test's group shares. */
    id,
    groupKey,
    alert: (overrides: Partial<RawAlert> & { instance?: string } = {}) =>
      rawAlert({
        fingerprint: `${id}${(overrides.instance ?? "db:9187").replace(/\W/g, "")}`.slice(0, 32),
        ...overrides,
        labels: { alertname, instance: overrides.instance ?? "db:9187", ...labels, ...overrides.labels },
      }),
    payload: (alerts: RawAlert[], overrides: Record<string, unknown> = {}) => rawPayload(alerts, { groupKey, groupLabels: { alertname }, ...overrides }),
  };
}

export function webhookRequest(body: unknown, init: { token?: string | null; authorization?: string; raw?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "Alertmanager/0.25.0" };
  const token = init.token === undefined ? TEST_ALERTMANAGER_TOKEN : init.token;
  if (init.authorization) headers.authorization = init.authorization;
  else if (token) headers.authorization = `Bearer ${token}`;
  return new Request("http://vigie.test/api/alertmanager", { method: "POST", headers, body: init.raw ?? JSON.stringify(body) });
}
