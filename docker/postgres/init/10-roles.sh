#!/bin/bash
# The database roles, created by the postgres image's entrypoint on an empty data volume (/docker-entrypoint-initdb.d,
# after POSTGRES_USER=postgres and POSTGRES_DB=vigie exist), as the superuser over the local socket:
#   vigie              Vigie's role: no superuser, owner of the vigie database and of its public schema, so that
#                      its migrations (prisma migrate deploy, CREATE EXTENSION pg_trgm, a trusted extension) run as it
#   postgres_exporter  postgres_exporter's role: member of pg_monitor (statistics only), no superuser
# Passwords come from the secrets vigie_db_password and postgres_exporter_password. Safe to run again by hand (an
# existing role gets its password and attributes set again):
#   docker compose -f docker/compose.yaml exec postgres bash /docker-entrypoint-initdb.d/10-roles.sh
# Environment: POSTGRES_USER, POSTGRES_DB (the image's), SECRETS_DIR (default /run/secrets), PGHOST/PGPORT (psql's).
set -euo pipefail

secrets_dir="${SECRETS_DIR:-/run/secrets}"
superuser="${POSTGRES_USER:-postgres}"
database="${POSTGRES_DB:-vigie}"
app_role="${VIGIE_DB_ROLE:-vigie}"
exporter_role="${EXPORTER_DB_ROLE:-postgres_exporter}"

# A secret as an SQL string literal: read from its file (never a command line), quotes doubled.
literal() {
  local value
  if ! [ -r "$secrets_dir/$1" ] || ! value="$(cat "$secrets_dir/$1")" || [ -z "$value" ]; then
    echo "10-roles.sh: the secret $secrets_dir/$1 is missing or empty" >&2
    exit 1
  fi
  printf "'%s'" "${value//\'/\'\'}"
}
app_password="$(literal vigie_db_password)"
exporter_password="$(literal postgres_exporter_password)"

# The SQL goes through stdin: the passwords never appear in a process list.
psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "$superuser" --dbname "$database" \
  --set=app_role="$app_role" --set=exporter_role="$exporter_role" --set=database="$database" <<SQL
SELECT format('CREATE ROLE %I LOGIN', :'app_role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_role') \gexec
ALTER ROLE :"app_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD $app_password;
ALTER DATABASE :"database" OWNER TO :"app_role";
ALTER SCHEMA public OWNER TO :"app_role";

SELECT format('CREATE ROLE %I LOGIN', :'exporter_role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'exporter_role') \gexec
ALTER ROLE :"exporter_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD $exporter_password;
GRANT pg_monitor TO :"exporter_role";
-- The exporter reads the catalogs only: nothing of Vigie's schema is on its path.
ALTER ROLE :"exporter_role" SET search_path = pg_catalog;

-- Only these roles (and the superuser) connect to Vigie's database.
REVOKE CONNECT, TEMPORARY ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"exporter_role";
SQL
echo "10-roles.sh: roles $app_role (owner of $database) and $exporter_role (pg_monitor) ready"
