// Alertmanager payloads as captured from Alertmanager 0.25, for tests and the benchmark.
export type RawAlert = {
  status: "firing" | "resolved";
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
  fingerprint: string;
};

export const ZERO_TIME = "0001-01-01T00:00:00Z";

export function rawAlert(overrides: Partial<RawAlert> & { labels?: Record<string, string> } = {}): RawAlert {
  const labels = { alertname: "PostgresDown", job: "postgres", instance: "db:9187", severity: "critical", category: "service", risk: "R3", ...overrides.labels };
  return {
    status: "firing",
    annotations: { summary: "PostgreSQL is down", description: "pg_up is 0 on db:9187", runbook_url: "https://runbooks.example.org/postgres-down" },
    startsAt: "2026-11-26T10:00:00.000Z",
    endsAt: ZERO_TIME,
    generatorURL: "http://prometheus:9090/graph?g0.expr=pg_up+%3D%3D+0",
    fingerprint: "a1b2c3d4e5f60708",
    ...overrides,
    labels,
  };
}

export function rawPayload(alerts: RawAlert[], overrides: Record<string, unknown> = {}) {
  return {
    receiver: "vigie",
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    alerts,
    groupLabels: { alertname: alerts[0]?.labels.alertname ?? "PostgresDown" },
    commonLabels: {},
    commonAnnotations: {},
    externalURL: "http://alertmanager:9093",
    version: "4",
    groupKey: `{}:{alertname="${alerts[0]?.labels.alertname ?? "PostgresDown"}"}`,
    truncatedAlerts: 0,
    ...overrides,
  };
}
