#!/bin/bash
# The backup server's job (docker/backup-server/compose.yaml, service `job`), off the Vigie host:
# - at start: the stanza on repo2 (idempotent), retried until the Vigie host answers;
# - every day at $OFFSITE_BACKUP_AT (default 05:00, in $TZ): a full backup of the Vigie host's PostgreSQL into
#   repo2 (pgBackRest pulls it through the Vigie host's backup-sshd; expiry by repo2's own retention), then
#   the Vigie host's Redis exports, copied over the same SSH and encrypted here (openssl, the cipher pass
#   file), kept $REDIS_KEEP_DAYS days (default 14).
#   backup-server-job        the service (above)
#   backup-server-job now    one round now, then exit (0 if both parts succeeded)
# Environment: PGBACKREST_STANZA (vigie), VIGIE_HOST, VIGIE_HOST_PORT (2222), REDIS_EXPORT_DIR (the Vigie host's
# /backup/redis), OFFSITE_DIR (/offsite), BACKUP_CIPHER_PASS_FILE (/run/secrets/backup_cipher_pass), SSH
# (/usr/local/bin/vigie-ssh).
set -euo pipefail

stanza="${PGBACKREST_STANZA:-vigie}"
at="${OFFSITE_BACKUP_AT:-05:00}"
vigie_host="${VIGIE_HOST:?VIGIE_HOST: the Vigie host this server backs up}"
vigie_port="${VIGIE_HOST_PORT:-2222}"
remote_exports="${REDIS_EXPORT_DIR:-/backup/redis}"
offsite="${OFFSITE_DIR:-/offsite}"
keep_days="${REDIS_KEEP_DAYS:-14}"
pass_file="${BACKUP_CIPHER_PASS_FILE:-/run/secrets/backup_cipher_pass}"
ssh_cmd="${SSH:-/usr/local/bin/vigie-ssh}"

log() { echo "$(date -Iseconds) backup-server: $*"; }

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$offsite/pgbackrest" "$offsite/redis"
  chown postgres:postgres "$offsite" "$offsite/pgbackrest" "$offsite/redis"
  exec gosu postgres "$0" "$@"
fi

sleeper=
trap 'log "stopping"; [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM INT

full_backup() {
  local status=0
  log "full backup of $vigie_host into repo2 starting"
  pgbackrest --stanza="$stanza" --repo=2 --type=full backup || status=$?
  if [ "$status" = 0 ]; then log "full backup done"; else log "full backup FAILED (exit $status)"; fi
  return "$status"
}

# The Redis exports of the Vigie host (redis-export.sh writes dump-YYYY-MM-DD.rdb), each stored encrypted once.
pull_redis() {
  local tmp file name status=0
  tmp="$(mktemp -d "$offsite/redis/.pull.XXXXXX")"
  # No export yet (or no Redis there) is not an error: the listing decides.
  if ! "$ssh_cmd" -p "$vigie_port" "postgres@$vigie_host" "ls -1 '$remote_exports'/" > "$tmp/.list" 2>/dev/null; then
    log "no Redis exports on $vigie_host ($remote_exports)"
    rm -rf "$tmp"
    return 0
  fi
  while IFS= read -r name; do
    case "$name" in dump-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].rdb) ;; *) continue ;; esac
    [ -s "$offsite/redis/$name.enc" ] && continue
    if scp -q -S "$ssh_cmd" -P "$vigie_port" "postgres@$vigie_host:$remote_exports/$name" "$tmp/$name"; then
      (umask 077 && openssl enc -aes-256-cbc -pbkdf2 -salt -pass "file:$pass_file" -in "$tmp/$name" -out "$tmp/$name.enc")
      mv -f "$tmp/$name.enc" "$offsite/redis/$name.enc"
      log "Redis export $name stored encrypted"
    else
      log "Redis export $name: copy FAILED"
      status=1
    fi
  done < "$tmp/.list"
  rm -rf "$tmp"
  find "$offsite/redis" -maxdepth 1 -name 'dump-*.rdb.enc' -mtime +"$((keep_days - 1))" -print -delete | sed 's/^/removed /'
  return "$status"
}

round() {
  local status=0
  full_backup || status=1
  pull_redis || status=1
  return "$status"
}

seconds_until_next_run() {
  local now next
  now="$(date +%s)"
  next="$(date -d "today $at" +%s)"
  [ "$next" -gt "$now" ] || next="$(date -d "tomorrow $at" +%s)"
  echo $((next - now))
}

until pgbackrest --stanza="$stanza" stanza-create; do
  [ "${1:-}" = now ] && exit 1
  log "stanza-create failed (is $vigie_host:$vigie_port reachable?): again in 60 s"
  sleep 60
done

if [ "${1:-}" = now ]; then
  round
  exit
fi

while true; do
  delay="$(seconds_until_next_run)"
  log "next round at $(date -d "@$(( $(date +%s) + delay ))" -Iseconds)"
  sleep "$delay" &
  sleeper=$!
  wait "$sleeper" || true
  sleeper=
  round || true
done
