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
#   DATABASE_URL        <- postgresql://$PGUSER:<$SECRETS_DIR/postgres_password>@$PGHOST:$PGPORT/$PGDATABASE
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

if [ -z "${DATABASE_URL:-}" ]; then
  if [ -z "${PGHOST:-}" ] || ! [ -r "$secrets_dir/postgres_password" ]; then
    echo "vigie: DATABASE_URL is required: set it, or PGHOST (with PGUSER, PGDATABASE, PGPORT) and the secret $secrets_dir/postgres_password" >&2
    exit 1
  fi
  # Percent-encoded, read from stdin so that the password never appears in a command line.
  password="$(node -e 'process.stdout.write(encodeURIComponent(require("fs").readFileSync(0, "utf8").replace(/\n+$/, "")))' < "$secrets_dir/postgres_password")"
  DATABASE_URL="postgresql://${PGUSER:-postgres}:${password}@${PGHOST}:${PGPORT:-5432}/${PGDATABASE:-postgres}"
  export DATABASE_URL
  unset password
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
exec node scripts/server.mjs start --hostname "${HOST:-0.0.0.0}" --port "${PORT:-3000}"
