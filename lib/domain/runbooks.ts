// What to do when a shipped alert fires. The rules in docker/prometheus/rules link here (/runbooks#anchor);
// a test checks that every rule has a runbook and every runbook a rule.
export type Runbook = { alert: string; group: "server-state" | "service-state" | "resource-consumption" | "watchdog"; meaning: string; check: string[]; fix: string[]; risk?: string };

export const runbooks: Runbook[] = [
  {
    alert: "HostDown", group: "server-state", risk: "R5",
    meaning: "Prometheus cannot scrape the node exporter: the server is down, unreachable, or its exporter stopped.",
    check: ["Ping or SSH the host.", "On the host: systemctl status node-exporter (or docker ps for the node-exporter container).", "Check the hypervisor or cloud console for the machine's state."],
    fix: ["Restart the exporter if only it stopped.", "If the server is lost, reinstall it with the automation (risk R5's treatment) and restore the data from the last backup."],
  },
  {
    alert: "TargetDown", group: "server-state",
    meaning: "A scrape target other than a host (an exporter, an application) does not answer Prometheus.",
    check: ["Open the target's /metrics URL from the Prometheus host.", "Look at Prometheus → Status → Targets for the scrape error."],
    fix: ["Restart the exporter or the container.", "Fix the network path or the scrape configuration."],
  },
  {
    alert: "PostgresDown", group: "service-state", risk: "R3",
    meaning: "PostgreSQL does not accept connections: votes cannot be recorded.",
    check: ["docker compose logs postgres (or journalctl -u postgresql) for the error at start-up.", "A recent configuration change? The first REX: stray characters in pg_hba.conf stopped the service.", "Is the disk full (see DiskAlmostFull)?"],
    fix: ["Fix the configuration file that was edited last, then restart the service.", "If data is damaged, restore the last pgBackRest backup into a new data directory and switch over.", "Restart the application containers once the database is back (the second REX)."],
  },
  {
    alert: "VigieDown", group: "service-state",
    meaning: "Vigie's /api/health fails: the incident tool itself is down or has lost its database.",
    check: ["curl -i http://vigie:3000/api/health — a 503 names the database problem.", "docker compose logs vigie."],
    fix: ["Restart Vigie; it applies pending migrations at start.", "Until it is back, Alertmanager's email route still reaches the admins."],
  },
  {
    alert: "RedisDown", group: "service-state", risk: "R3",
    meaning: "Redis does not answer the exporter.",
    check: ["docker compose logs redis.", "redis-cli ping from the host."],
    fix: ["Restart Redis; the append-only file brings the data back.", "If the files are damaged, load the last daily RDB export (start once with appendonly no)."],
  },
  {
    alert: "BackupTooOld", group: "service-state", risk: "R6",
    meaning: "The last good backup is older than 26 hours: the 04:00 full backup did not succeed.",
    check: ["docker compose logs backup for pgBackRest's error.", "pgbackrest --stanza=vigie info."],
    fix: ["Fix the cause (disk space on the repository, archive_command errors) and run a full backup by hand.", "Run a restore drill once it succeeds, so that the backup is known to be usable."],
  },
  {
    alert: "BackupMetricMissing", group: "service-state", risk: "R6",
    meaning: "The backup job does not write its freshness metric: nobody knows whether backups run.",
    check: ["Is the backup container running?", "Is the node exporter's textfile directory shared with the backup job?"],
    fix: ["Restart the backup job; it writes the metric after each backup."],
  },
  {
    alert: "HighCpuUsage", group: "resource-consumption",
    meaning: "A server has used more than 90% CPU for 10 minutes.",
    check: ["Grafana → System dashboard for the instance and time window.", "top / docker stats to find the process."],
    fix: ["Stop or limit the runaway process; scale the service if the load is legitimate."],
  },
  {
    alert: "HighMemoryUsage", group: "resource-consumption",
    meaning: "A server has used more than 90% of its memory for 10 minutes; the kernel may start killing processes.",
    check: ["Grafana → System dashboard.", "docker stats / ps aux --sort=-rss."],
    fix: ["Restart a leaking service; add memory or limits."],
  },
  {
    alert: "DiskAlmostFull", group: "resource-consumption", risk: "R3",
    meaning: "A filesystem is more than 90% full. PostgreSQL stops when its disk is full.",
    check: ["df -h and du -sh on the largest directories (WAL, logs, backups)."],
    fix: ["Free space (old logs, expired backups); grow the volume.", "Never delete PostgreSQL's WAL files by hand."],
  },
  {
    alert: "DiskFillingUp", group: "resource-consumption",
    meaning: "At the rate of the last 6 hours, a filesystem will be full within 24 hours.",
    check: ["Grafana → System dashboard: which mount point grows, since when."],
    fix: ["Find what writes (logs, WAL archiving stuck, a runaway export) before it becomes DiskAlmostFull."],
  },
  {
    alert: "Watchdog", group: "watchdog", risk: "R1",
    meaning: "Always firing: the heartbeat of the alerting pipeline. It is not an incident. Its absence is: Vigie opens one when it stops arriving.",
    check: ["Is Prometheus up? Is Alertmanager up? Does Alertmanager reach Vigie's webhook (its logs show the HTTP status)?"],
    fix: ["Restart the failed component; check the webhook token (a 401 is never retried by Alertmanager)."],
  },
];

export const runbookAnchor = (alert: string) => alert.toLowerCase();
