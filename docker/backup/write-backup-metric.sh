#!/bin/sh
# Publishes a backup's success for node-exporter's textfile collector (--collector.textfile.directory):
#   write-backup-metric DATABASE END_UNIX_TIME [SIZE_BYTES]
# writes $TEXTFILE_DIR/vigie_backup_DATABASE.prom, atomically (a temp file then a rename, so node-exporter
# never reads half a file). The alert rules BackupTooOld and BackupMetricMissing read
# vigie_backup_last_success_timestamp_seconds{database="…"}.
set -eu
if [ "$#" -lt 2 ]; then
  echo "usage: write-backup-metric DATABASE END_UNIX_TIME [SIZE_BYTES]" >&2
  exit 2
fi
database="$1"
ended="$2"
size="${3:-}"
case "$database" in *[!a-z0-9_-]*|"") echo "write-backup-metric: bad database name: $database" >&2; exit 2 ;; esac
case "$ended" in *[!0-9]*|"") echo "write-backup-metric: not a Unix time: $ended" >&2; exit 2 ;; esac
case "$size" in *[!0-9]*) echo "write-backup-metric: not a size in bytes: $size" >&2; exit 2 ;; esac

dir="${TEXTFILE_DIR:-/textfile}"
target="$dir/vigie_backup_$database.prom"
tmp="$dir/.vigie_backup_$database.prom.$$"
{
  echo "# HELP vigie_backup_last_success_timestamp_seconds When the last successful backup ended (Unix time)."
  echo "# TYPE vigie_backup_last_success_timestamp_seconds gauge"
  echo "vigie_backup_last_success_timestamp_seconds{database=\"$database\"} $ended"
  if [ -n "$size" ]; then
    echo "# HELP vigie_backup_last_size_bytes Size of the last successful backup, in bytes."
    echo "# TYPE vigie_backup_last_size_bytes gauge"
    echo "vigie_backup_last_size_bytes{database=\"$database\"} $size"
  fi
} > "$tmp"
chmod 0644 "$tmp"
mv -f "$tmp" "$target"
