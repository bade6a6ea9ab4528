#!/bin/bash
# The `redis-export` service (compose profile `redis`): a daily export of Redis's dataset to the backup volume,
# on top of Redis's own persistence (append-only file plus `save` rules, in its /data volume).
# Every day at $EXPORT_AT (default 04:30, in $TZ): `redis-cli --rdb` (a snapshot over the protocol, consistent)
# to /backup/redis/dump-YYYY-MM-DD.rdb; exports older than $KEEP_DAYS days (default 2) are deleted.
# After each successful export: write-backup-metric redis <end time> <size> (BackupTooOld covers it too).
# To restore: stop Redis, put the file as dump.rdb in its data directory, start it once with `appendonly no`,
# then turn appendonly back on (CONFIG SET appendonly yes) and restart it normally.
#
#   redis-export        the service
#   redis-export now    one export now, then exit
set -euo pipefail

host="${REDIS_HOST:-redis}"
port="${REDIS_PORT:-6379}"
at="${EXPORT_AT:-04:30}"
keep_days="${KEEP_DAYS:-2}"
dir="${EXPORT_DIR:-/backup/redis}"
metric="${WRITE_BACKUP_METRIC:-/opt/vigie/write-backup-metric.sh}"
export TEXTFILE_DIR="${TEXTFILE_DIR:-/textfile}"

log() { echo "$(date -Iseconds) redis-export: $*"; }

sleeper=
trap 'log "stopping"; [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM INT

export_now() {
  local file tmp status=0
  mkdir -p "$dir"
  file="$dir/dump-$(date +%F).rdb"
  tmp="$dir/.dump.rdb.$$"
  log "exporting $host:$port to $file"
  redis-cli -h "$host" -p "$port" --no-auth-warning --rdb "$tmp" >/dev/null || status=$?
  if [ "$status" != 0 ] || ! [ -s "$tmp" ]; then
    rm -f "$tmp"
    log "export FAILED (exit $status)"
    return 1
  fi
  mv -f "$tmp" "$file"
  sh "$metric" redis "$(date +%s)" "$(stat -c %s "$file")"
  # Keep the last $keep_days days of exports.
  find "$dir" -maxdepth 1 -name 'dump-*.rdb' -mtime +"$((keep_days - 1))" -print -delete | sed 's/^/removed /'
  log "export done"
}

seconds_until_next_run() {
  local now next
  now="$(date +%s)"
  next="$(date -d "today $at" +%s)"
  [ "$next" -gt "$now" ] || next="$(date -d "tomorrow $at" +%s)"
  echo $((next - now))
}

if [ "${1:-}" = now ]; then
  export_now
  exit
fi

while true; do
  delay="$(seconds_until_next_run)"
  log "next export at $(date -d "@$(( $(date +%s) + delay ))" -Iseconds)"
  sleep "$delay" &
  sleeper=$!
  wait "$sleeper" || true
  sleeper=
  export_now || true
done
