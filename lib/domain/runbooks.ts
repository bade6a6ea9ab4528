// What to do when a shipped alert fires. The rules in docker/prometheus/rules link here (/runbooks#anchor);
// a test checks that every rule has a runbook and every runbook a rule. Each runbook's text (what it means, what
// to check, how to fix it) is in messages/<locale>/runbooks.json under runbooks.alerts.<alert>.
export type RunbookGroup = "server-state" | "service-state" | "resource-consumption" | "watchdog";

export const runbooks = [
  { alert: "HostDown", group: "server-state", risk: "R5" },
  { alert: "TargetDown", group: "server-state" },
  { alert: "PostgresDown", group: "service-state", risk: "R3" },
  { alert: "VigieDown", group: "service-state" },
  { alert: "RedisDown", group: "service-state", risk: "R3" },
  { alert: "BackupTooOld", group: "service-state", risk: "R6" },
  { alert: "BackupMetricMissing", group: "service-state", risk: "R6" },
  { alert: "HighCpuUsage", group: "resource-consumption" },
  { alert: "HighMemoryUsage", group: "resource-consumption" },
  { alert: "DiskAlmostFull", group: "resource-consumption", risk: "R3" },
  { alert: "DiskFillingUp", group: "resource-consumption" },
  { alert: "ClockSkew", group: "server-state", risk: "R1" },
  { alert: "FilesystemReadOnly", group: "server-state", risk: "R3" },
  { alert: "NetworkInterfaceErrors", group: "server-state", risk: "R5" },
  { alert: "ContainerAbsent", group: "server-state", risk: "R5" },
  { alert: "PostgresExporterScrapeError", group: "server-state", risk: "R3" },
  { alert: "InodesAlmostFull", group: "resource-consumption", risk: "R3" },
  { alert: "HostOomKill", group: "resource-consumption", risk: "R3" },
  { alert: "PostgresConnectionsHigh", group: "resource-consumption", risk: "R3" },
  { alert: "ContainerOomKilled", group: "resource-consumption", risk: "R5" },
  { alert: "ContainerNearMemoryLimit", group: "resource-consumption", risk: "R5" },
  { alert: "RedisMemoryHigh", group: "resource-consumption", risk: "R3" },
  { alert: "PostgresDeadlocks", group: "service-state", risk: "R3" },
  { alert: "PostgresLongTransaction", group: "service-state", risk: "R3" },
  { alert: "PostgresIdleInTransaction", group: "service-state", risk: "R3" },
  { alert: "PostgresTxidWraparound", group: "service-state", risk: "R3" },
  { alert: "WalArchivingFailing", group: "service-state", risk: "R6" },
  { alert: "WalArchiveStale", group: "service-state", risk: "R6" },
  { alert: "CertificateExpiringSoon", group: "service-state", risk: "R4" },
  { alert: "PublicProbeSlow", group: "service-state", risk: "R4" },
  { alert: "RedisLastSaveFailed", group: "service-state", risk: "R3" },
  { alert: "RedisAofRewriteFailed", group: "service-state", risk: "R3" },
  { alert: "RedisRejectedConnections", group: "service-state", risk: "R3" },
  { alert: "AlertmanagerNotificationsFailing", group: "service-state", risk: "R1" },
  { alert: "PrometheusAlertmanagerUnreachable", group: "service-state", risk: "R1" },
  { alert: "PrometheusRuleEvaluationFailures", group: "service-state", risk: "R1" },
  { alert: "PrometheusConfigReloadFailed", group: "service-state", risk: "R1" },
  { alert: "AlertmanagerConfigReloadFailed", group: "service-state", risk: "R1" },
  { alert: "VigieEmailsFailing", group: "service-state", risk: "R2" },
  { alert: "Watchdog", group: "watchdog", risk: "R1" },
] as const satisfies readonly { alert: string; group: RunbookGroup; risk?: string }[];

export type Runbook = (typeof runbooks)[number];
export type RunbookAlert = Runbook["alert"];

export const runbookAnchor = (alert: string) => alert.toLowerCase();
