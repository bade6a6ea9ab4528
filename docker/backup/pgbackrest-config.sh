#!/bin/sh
# Start hook of the pgBackRest containers (the postgres service, the backup job, backup-sshd, and the backup
# server's services): renders pgBackRest's configuration from the environment, writes the off-site repository's
# cipher pass from its secret, then runs the container's command.
#   pgbackrest-config COMMAND ARG...
# Environment: PGBACKREST_TEMPLATE (/etc/vigie/pgbackrest.conf.in), PGBACKREST_CONF (/etc/pgbackrest/pgbackrest.conf),
# PGBACKREST_INCLUDE_DIR (/etc/pgbackrest/conf.d), BACKUP_CIPHER_PASS_FILE (/run/secrets/backup_cipher_pass),
# CIPHER_REPO (2: the key of the encrypted repository), RENDER_CONFIG (/usr/local/bin/render-config), and the
# template's own variables.
set -eu

template="${PGBACKREST_TEMPLATE:-/etc/vigie/pgbackrest.conf.in}"
conf="${PGBACKREST_CONF:-/etc/pgbackrest/pgbackrest.conf}"
include="${PGBACKREST_INCLUDE_DIR:-/etc/pgbackrest/conf.d}"
pass_file="${BACKUP_CIPHER_PASS_FILE:-/run/secrets/backup_cipher_pass}"
repo="${CIPHER_REPO:-2}"
owner="${PGBACKREST_OWNER:-postgres}"

sh "${RENDER_CONFIG:-/usr/local/bin/render-config}" "$template" "$conf"
chmod 0644 "$conf"

# Only when the rendered configuration has an encrypted repository: then its pass is required.
mkdir -p "$include"
cipher="$include/repo$repo-cipher.conf"
if grep -q "^repo$repo-cipher-type=" "$conf"; then
  if ! [ -s "$pass_file" ]; then
    echo "pgbackrest-config: repo$repo is encrypted but $pass_file is missing or empty (sh docker/secrets/generate.sh)" >&2
    exit 1
  fi
  # Readable by the pgBackRest user only; the pass never goes through a command line.
  (umask 077 && { printf '[global]\nrepo%s-cipher-pass=' "$repo"; head -n 1 "$pass_file"; } > "$cipher.tmp")
  [ "$(id -u)" = 0 ] && chown "$owner" "$cipher.tmp"
  mv -f "$cipher.tmp" "$cipher"
else
  rm -f "$cipher"
fi

exec "$@"
