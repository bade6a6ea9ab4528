#!/bin/sh
# Entrypoint of the Vigie image (Dockerfile at the repository root).
#
# Vigie reads its configuration from the environment only (ALERTMANAGER_TOKEN, NEXTAUTH_SECRET, DATABASE_URL):
# it has no *_FILE variables. The secrets live in Docker secrets (/run/secrets/…), so this script exports them
# from there, then applies the pending migrations and starts Next.js. The bearer token comes from the SAME file
# Alertmanager sends (credentials_file: /run/secrets/vigie_alertmanager_token): one secret, no copy to keep in
# step, and nothing in `docker inspect` (an env_file would put the values in the container's configuration).
#
#   ALERTMANAGER_TOKEN  <- $SECRETS_DIR/vigie_alertmanager_token
#   NEXTAUTH_SECRET     <- $SECRETS_DIR/nextauth_secret
#   METRICS_TOKEN       <- $SECRETS_DIR/vigie_metrics_token (the file Prometheus sends)
#   DATABASE_URL        <- postgresql://$PGUSER:<password>@$PGHOST:$PGPORT/$PGDATABASE, the password from
#                          $SECRETS_DIR/vigie_db_password (Vigie's own role), else postgres_password
#   SMTP_URL            <- smtp://$SMTP_USER:<$SECRETS_DIR/smtp_password>@$SMTP_HOST:$SMTP_PORT when SMTP_HOST is set
#                          (smtps:// on port 465); the same relay and password file as Alertmanager's
#   NEXTAUTH_URL        <- $VIGIE_URL
# A variable already set in the environment wins over its file. SECRETS_DIR defaults to /run/secrets.
#
# With arguments, runs them in that environment instead (e.g. `docker compose run --rm vigie node …`).
set -eu

secrets_dir="${SECRETS_DIR:-/run/secrets}"

# Prints a secret file's content without its trailing newline(s), as Alertmanager trims it.
read_secret() {
  [ -r "$secrets_dir/$1" ] || return 1
  value="$(cat "$secrets_dir/$1")"
  [ -n "$value" ] || return 1
  printf '%s' "$value"
}

if [ -z "${ALERTMANAGER_TOKEN:-}" ]; then
  if ALERTMANAGER_TOKEN="$(read_secret vigie_alertmanager_token)"; then
    export ALERTMANAGER_TOKEN
  else
    unset ALERTMANAGER_TOKEN
    echo "vigie: no $secrets_dir/vigie_alertmanager_token and no ALERTMANAGER_TOKEN: the Alertmanager webhook rejects every call" >&2
  fi
fi

if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  if NEXTAUTH_SECRET="$(read_secret nextauth_secret)"; then
    export NEXTAUTH_SECRET
  else
    echo "vigie: NEXTAUTH_SECRET is required: set it or provide the secret $secrets_dir/nextauth_secret" >&2
    exit 1
  fi
fi

# A secret file's content percent-encoded for a URL, read from stdin so that it never appears in a command line.
url_encoded() {
  node -e 'process.stdout.write(encodeURIComponent(require("fs").readFileSync(0, "utf8").replace(/\n+$/, "")))' < "$1"
}

if [ -z "${METRICS_TOKEN:-}" ]; then
  if METRICS_TOKEN="$(read_secret vigie_metrics_token)"; then
    export METRICS_TOKEN
  else
    unset METRICS_TOKEN
  fi
fi

if [ -z "${DATABASE_URL:-}" ]; then
  password_file="$secrets_dir/vigie_db_password"
  [ -r "$password_file" ] || password_file="$secrets_dir/postgres_password"
  if [ -z "${PGHOST:-}" ] || ! [ -r "$password_file" ]; then
    echo "vigie: DATABASE_URL is required: set it, or PGHOST (with PGUSER, PGDATABASE, PGPORT) and the secret $secrets_dir/vigie_db_password" >&2
    exit 1
  fi
  password="$(url_encoded "$password_file")"
  DATABASE_URL="postgresql://${PGUSER:-postgres}:${password}@${PGHOST}:${PGPORT:-5432}/${PGDATABASE:-postgres}"
  export DATABASE_URL
  unset password
fi

if [ -z "${SMTP_URL:-}" ] && [ -n "${SMTP_HOST:-}" ]; then
  scheme=smtp
  [ "${SMTP_PORT:-587}" = 465 ] && scheme=smtps
  credentials=
  if [ -n "${SMTP_USER:-}" ]; then
    if ! [ -s "$secrets_dir/smtp_password" ]; then
      echo "vigie: SMTP_USER is set but $secrets_dir/smtp_password is empty: write the relay's password there" >&2
      exit 1
    fi
    user="$(printf '%s' "$SMTP_USER" | node -e 'process.stdout.write(encodeURIComponent(require("fs").readFileSync(0, "utf8")))')"
    credentials="$user:$(url_encoded "$secrets_dir/smtp_password")@"
  fi
  SMTP_URL="$scheme://$credentials$SMTP_HOST:${SMTP_PORT:-587}"
  export SMTP_URL
  unset credentials user scheme
fi

if [ -z "${NEXTAUTH_URL:-}" ] && [ -n "${VIGIE_URL:-}" ]; then
  NEXTAUTH_URL="$VIGIE_URL"
  export NEXTAUTH_URL
fi

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

echo "vigie: applying database migrations…"
node node_modules/prisma/build/index.js migrate deploy
echo "vigie: starting on ${HOST:-0.0.0.0}:${PORT:-3000}"
# Node's flags for the server: scripts/lib/server-flags.mjs says why (entrypoint.test.ts checks they are the same).
exec node --max-semi-space-size=4 scripts/server.mjs start --hostname "${HOST:-0.0.0.0}" --port "${PORT:-3000}"
