#!/bin/bash
# Restores Vigie's PostgreSQL from pgBackRest INTO ITS DATA DIRECTORY: stop, restore (--delta: only the files
# that differ are rewritten), optionally to a point in time, start, check, stop. In the stack:
#   docker compose -f docker/compose.yaml stop vigie vigie-2 postgres
#   docker compose -f docker/compose.yaml run --rm --no-deps backup restore [OPTIONS]
#   docker compose -f docker/compose.yaml up -d
# OPTIONS
#   --time 'YYYY-MM-DD HH:MM:SS+00'  recover up to this moment (point in time), then promote; default: the end
#                                    of the archived WAL
#   --repo N                         from repository N: 1 this host's (default), 2 the backup server's (when this
#                                    host's backup volume is lost)
#   --set LABEL                      from this backup (pgbackrest info), default the latest that fits
#   --leave-running                  keep the checked server running (outside Compose)
# Environment: PGDATA (/var/lib/postgresql/data), PGBACKREST_STANZA (vigie), PGBACKREST_CONFIG (pgBackRest's own
# default), RESTORE_SOCKET_DIR (a temp dir), RESTORE_PORT (5432), PG_START_OPTIONS (the postgres service's WAL
# archiving: a restored server archives its new timeline), CHECK_DATABASE (vigie).
set -euo pipefail

stanza="${PGBACKREST_STANZA:-vigie}"
pgdata="${PGDATA:-/var/lib/postgresql/data}"
port="${RESTORE_PORT:-5432}"
database="${CHECK_DATABASE:-vigie}"
start_options="${PG_START_OPTIONS:--c wal_level=replica -c archive_mode=on -c archive_command='pgbackrest --stanza=$stanza archive-push %p'}"

log() { echo "$(date -Iseconds) restore: $*"; }
die() { echo "$(date -Iseconds) restore: $*" >&2; exit 1; }

original_args=("$@")
target=
repo=
set_label=
leave_running=
while [ "$#" -gt 0 ]; do
  case "$1" in
    --time) target="${2:?--time needs a value}"; shift 2 ;;
    --repo) repo="${2:?--repo needs a value}"; shift 2 ;;
    --set) set_label="${2:?--set needs a value}"; shift 2 ;;
    --leave-running) leave_running=1; shift ;;
    *) die "unknown option $1 (see the head of $0)" ;;
  esac
done
case "$repo" in ""|[1-9]) ;; *) die "--repo takes a repository number" ;; esac

# Started as root (docker compose run): as postgres, who owns the data directory.
if [ "$(id -u)" = 0 ]; then
  exec gosu postgres "$0" "${original_args[@]}"
fi

# 1. Stop. A server this script can signal (same host or container) is stopped cleanly; a postmaster.pid of a
# server it cannot see (another container, or a crash) stops it: restoring under a live server corrupts both.
if pg_ctl -D "$pgdata" status >/dev/null 2>&1; then
  log "stopping the PostgreSQL running on $pgdata"
  pg_ctl -D "$pgdata" -m fast -w -t 300 stop
elif [ -e "$pgdata/postmaster.pid" ]; then
  die "$pgdata/postmaster.pid exists but no server here answers: stop the postgres service first (docker compose -f docker/compose.yaml stop vigie vigie-2 postgres); after a crash, check that no PostgreSQL uses $pgdata, then remove the file"
fi

# 2. Restore.
args=(--stanza="$stanza" --delta)
[ -n "$repo" ] && args+=(--repo="$repo")
[ -n "$set_label" ] && args+=(--set="$set_label")
if [ -n "$target" ]; then
  args+=(--type=time --target="$target" --target-action=promote)
  log "restoring $pgdata to $target${repo:+ from repo$repo}"
else
  log "restoring $pgdata to the end of the archived WAL${repo:+ from repo$repo}"
fi
mkdir -p "$pgdata"
chmod 0700 "$pgdata"
pgbackrest "${args[@]}" restore

# 3. Start, on a private socket only: nobody connects before the check.
socket_dir="${RESTORE_SOCKET_DIR:-$(mktemp -d)}"
log "starting PostgreSQL to replay the WAL"
# shellcheck disable=SC2086 # the options are words for postgres
pg_ctl -D "$pgdata" -w -t 600 -l "$pgdata/restore-check.log" -o "-c listen_addresses='' -k $socket_dir -p $port $start_options" start
stop_server() { pg_ctl -D "$pgdata" -m fast -w -t 300 stop >/dev/null; }
[ -n "$leave_running" ] || trap stop_server EXIT

# 4. Check: out of recovery (pg_ctl -w returns while replay goes on), then Vigie's data is readable.
psql_() { psql -X -h "$socket_dir" -p "$port" -U "${PGUSER:-postgres}" -d "$database" -v ON_ERROR_STOP=1 -Atc "$1"; }
for _ in $(seq 1 600); do
  [ "$(psql_ "SELECT pg_is_in_recovery()")" = f ] && break
  sleep 1
done
[ "$(psql_ "SELECT pg_is_in_recovery()")" = f ] || die "still in recovery after 10 minutes (see $pgdata/restore-check.log)"
tickets="$(psql_ 'SELECT count(*) FROM "Ticket"')"
latest="$(psql_ 'SELECT coalesce(max("createdAt")::text, '"'"'none'"'"') FROM "Ticket"')"
log "check: out of recovery on timeline $(psql_ "SELECT timeline_id FROM pg_control_checkpoint()"), $tickets tickets, the latest created at $latest"
log "restore done${leave_running:+ (server left running on $socket_dir, port $port)}"
