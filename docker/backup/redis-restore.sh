#!/bin/bash
# Restores Redis from an RDB export (redis-export.sh's dump-YYYY-MM-DD.rdb; from the backup server, decrypt it
# first: openssl enc -d -aes-256-cbc -pbkdf2 -pass file:backup_cipher_pass -in dump-….rdb.enc -out dump.rdb),
# for the shipped Redis that runs with --appendonly yes: with an append-only file present Redis ignores
# dump.rdb, so the AOF is set aside and rebuilt from the export. Redis must be stopped:
#   docker compose -f docker/compose.yaml stop redis
#   docker compose -f docker/compose.yaml run --rm --no-deps -v "$PWD/dump.rdb:/restore.rdb:ro" \
#     -v "$PWD/docker/backup/redis-restore.sh:/opt/vigie/redis-restore.sh:ro" --entrypoint bash redis \
#     /opt/vigie/redis-restore.sh /restore.rdb
#   docker compose -f docker/compose.yaml up -d redis
# Steps: the current appendonlydir and dump.rdb are kept aside (…before-restore-<time>); the export becomes
# dump.rdb; a private Redis (unix socket only) loads it with appendonly off, then CONFIG SET appendonly yes
# writes a new append-only file from it; that Redis shuts down saving both. The normal start then loads the AOF.
# Environment: REDIS_DATA (/data), REDIS_USER (redis: who owns the files when run as root).
set -euo pipefail

export_file="${1:?usage: redis-restore.sh EXPORT.rdb}"
data="${REDIS_DATA:-/data}"
user="${REDIS_USER:-redis}"

log() { echo "$(date -Iseconds) redis-restore: $*"; }
die() { echo "$(date -Iseconds) redis-restore: $*" >&2; exit 1; }

[ -s "$export_file" ] || die "$export_file is missing or empty"
# Run as Redis's own user, so that the server started afterwards owns what is written here.
if [ "$(id -u)" = 0 ] && id -u "$user" >/dev/null 2>&1; then
  exec runuser -u "$user" -- "$0" "$@"
fi
if command -v redis-check-rdb >/dev/null; then
  redis-check-rdb "$export_file" >/dev/null || die "$export_file is not a valid RDB file (redis-check-rdb)"
fi

stamp="$(date +%Y%m%dT%H%M%S)"
[ -e "$data/appendonlydir" ] && mv "$data/appendonlydir" "$data/appendonlydir.before-restore-$stamp" && log "kept the append-only files as appendonlydir.before-restore-$stamp"
[ -e "$data/dump.rdb" ] && mv "$data/dump.rdb" "$data/dump.rdb.before-restore-$stamp" && log "kept dump.rdb as dump.rdb.before-restore-$stamp"
cp "$export_file" "$data/.restore.rdb"
mv -f "$data/.restore.rdb" "$data/dump.rdb"

run_dir="$(mktemp -d)"
socket="$run_dir/redis.sock"
redis-server --dir "$data" --dbfilename dump.rdb --appendonly no --save "" --port 0 --unixsocket "$socket" \
  --unixsocketperm 700 --daemonize no --logfile "$run_dir/redis.log" &
server=$!
cli() { redis-cli -s "$socket" "$@"; }
info() { cli INFO persistence | tr -d '\r' | sed -n "s/^$1://p"; }
fail() { kill "$server" 2>/dev/null || true; cat "$run_dir/redis.log" >&2; die "$*"; }

for _ in $(seq 1 600); do
  [ "$(cli PING 2>/dev/null)" = PONG ] && [ "$(info loading)" = 0 ] && break
  kill -0 "$server" 2>/dev/null || fail "Redis did not start on the export"
  sleep 0.5
done
keys="$(cli DBSIZE)"
log "the export loaded: $keys keys"

[ "$(cli CONFIG SET appendonly yes)" = OK ] || fail "CONFIG SET appendonly yes refused"
for _ in $(seq 1 1200); do
  [ "$(info aof_enabled)" = 1 ] && [ "$(info aof_rewrite_in_progress)" = 0 ] && [ "$(info aof_rewrite_scheduled)" = 0 ] && break
  sleep 0.5
done
[ "$(info aof_last_bgrewrite_status)" = ok ] && [ "$(info aof_enabled)" = 1 ] || fail "the append-only file was not rewritten"
cli SHUTDOWN SAVE >/dev/null 2>&1 || true
wait "$server" || true
[ -d "$data/appendonlydir" ] || die "no appendonlydir after the rewrite"
rm -rf "$run_dir"
log "restore done: $keys keys in a new append-only file; start Redis as usual (appendonly yes)"
