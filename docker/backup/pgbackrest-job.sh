#!/bin/bash
# The `backup` service: pgBackRest for the `vigie` stanza.
# - At start: waits for PostgreSQL, creates the stanza (idempotent: the WAL archive_command of the `postgres`
#   service pushes to it), checks that archiving works, takes a first full backup if the repository has none,
#   and publishes the freshness metric.
# - Then a full backup of repo1 every day at $BACKUP_AT (default 04:00, in $TZ), pgBackRest expiring what is
#   older than the retention (repo1-retention-full-type=time, repo1-retention-full=2 in pgbackrest.conf).
# - With the off-site repository (repo2-host in the rendered pgbackrest.conf): its stanza too (a failure there
#   does not stop repo1's backups); its backups are the backup server's job (pgBackRest takes a remote
#   repository's backups on its host).
# After each successful backup, and every hour: write-backup-metric postgresql <end time> <size> from repo1, and
# postgresql-offsite from repo2 (0 while it has none, so that BackupTooOld says so), read by node-exporter.
#
#   pgbackrest-job        the service (above)
#   pgbackrest-job now    one full backup now, then exit (0 if it succeeded):
#                         docker compose -f docker/compose.yaml exec backup pgbackrest-job now
set -euo pipefail

stanza="${PGBACKREST_STANZA:-vigie}"
at="${BACKUP_AT:-04:00}"
export TEXTFILE_DIR="${TEXTFILE_DIR:-/textfile}"
export PGHOST="${PGHOST:-/var/run/postgresql}"

log() { echo "$(date -Iseconds) backup: $*"; }

# Started as root: make the shared volumes ours, then run as postgres (who owns the data directory).
if [ "$(id -u)" = 0 ]; then
  mkdir -p /backup/pgbackrest "$TEXTFILE_DIR"
  chown postgres:postgres /backup/pgbackrest "$TEXTFILE_DIR"
  exec gosu postgres "$0" "$@"
fi

# Ends the sleep at once on `docker compose stop`.
sleeper=
trap 'log "stopping"; [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM INT

wait_for_postgres() {
  local i
  for i in $(seq 1 150); do
    pg_isready -q && return 0
    sleep 2
  done
  log "PostgreSQL is not ready after 300 s"
  return 1
}

conf="${PGBACKREST_CONFIG:-/etc/pgbackrest/pgbackrest.conf}"
offsite=
grep -q '^repo2-host=' "$conf" && offsite=1

# The last good backup of a repository, from the repository itself (a restarted job republishes the right age).
publish_metric() {
  local info ended size
  if [ -n "$offsite" ]; then
    if info="$(pgbackrest --stanza="$stanza" --repo=2 --output=json info)"; then
      ended="$(jq -r '[.[0].backup[]? | select(.error != true)] | last | .timestamp.stop // 0' <<<"$info")"
      size="$(jq -r '[.[0].backup[]? | select(.error != true)] | last | .info.repository["size"] // empty' <<<"$info")"
      write-backup-metric postgresql-offsite "$ended" "$size"
    else
      log "could not read the off-site repository (repo2)"
    fi
  fi
  info="$(pgbackrest --stanza="$stanza" --repo=1 --output=json info)" || return 1
  ended="$(jq -r '[.[0].backup[]? | select(.error != true)] | last | .timestamp.stop // empty' <<<"$info")"
  size="$(jq -r '[.[0].backup[]? | select(.error != true)] | last | .info.repository["size"] // .info.size // empty' <<<"$info")"
  if [ -z "$ended" ]; then
    log "no backup in the repository yet"
    return 0
  fi
  write-backup-metric postgresql "$ended" "$size"
  log "last good backup ended at $(date -d "@$ended" -Iseconds)"
}

full_backup() {
  local status=0
  log "full backup starting"
  pgbackrest --stanza="$stanza" --repo=1 --type=full backup || status=$?
  if [ "$status" = 0 ]; then
    log "full backup done"
    publish_metric
  else
    # No metric update: BackupTooOld fires once the last good backup is 26 hours old.
    log "full backup FAILED (exit $status)"
  fi
  return "$status"
}

seconds_until_next_run() {
  local now next
  now="$(date +%s)"
  next="$(date -d "today $at" +%s)"
  [ "$next" -gt "$now" ] || next="$(date -d "tomorrow $at" +%s)"
  echo $((next - now))
}

wait_for_postgres
# On every repository (stanza-create has no --repo). The off-site one unreachable must not stop repo1's backups.
if ! pgbackrest --stanza="$stanza" stanza-create; then
  [ -n "$offsite" ] || exit 1
  log "stanza-create on the off-site repository (repo2) failed: is the backup server reachable? (repo1's backups go on)"
  pgbackrest --stanza="$stanza" --repo=1 info >/dev/null
fi
pgbackrest --stanza="$stanza" check || log "check failed: WAL archiving does not work yet (see the postgres service's logs)"

if [ "${1:-}" = now ]; then
  full_backup
  exit
fi

if [ -z "$(pgbackrest --stanza="$stanza" --repo=1 --output=json info | jq -r '.[0].backup[]?.label')" ]; then
  full_backup || true
else
  publish_metric || log "could not read the repository's backups"
fi

while true; do
  delay="$(seconds_until_next_run)"
  log "next full backup at $(date -d "@$(( $(date +%s) + delay ))" -Iseconds)"
  # Wakes every hour to republish the metrics: the backup server's backups land at its own time.
  while [ "$delay" -gt 3600 ]; do
    sleep 3600 &
    sleeper=$!
    wait "$sleeper" || true
    sleeper=
    publish_metric || log "could not read the repositories' backups"
    delay="$(seconds_until_next_run)"
  done
  sleep "$delay" &
  sleeper=$!
  wait "$sleeper" || true
  sleeper=
  full_backup || true
done
