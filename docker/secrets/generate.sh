#!/bin/sh
# Creates the stack's secrets next to this script, once: existing files are kept.
#   sh docker/secrets/generate.sh
# Each file is one line. Docker Compose (without Swarm) bind-mounts them as they are, and the containers read
# them as other users (postgres, nobody, grafana, node): the files are world-readable (0644) inside a
# directory only the owner can enter (0700), so on the host only the owner (and root) can read them.
set -eu
cd "$(dirname "$0")"
chmod 0700 .
random() { od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }
for name in postgres_password vigie_db_password postgres_exporter_password nextauth_secret vigie_alertmanager_token \
  vigie_metrics_token grafana_admin_password; do
  if [ -s "$name" ]; then
    echo "kept    docker/secrets/$name"
  else
    (umask 022 && random > "$name")
    echo "created docker/secrets/$name"
  fi
  chmod 0644 "$name"
done
# Given by others, not generated: the SMTP relay's password and the external heartbeat's token (a second Vigie's
# Alertmanager token; any value for a healthchecks-style URL). Created empty so that Compose can mount them.
for name in smtp_password heartbeat_token; do
  if [ -e "$name" ]; then
    echo "kept    docker/secrets/$name"
  else
    (umask 022 && : > "$name")
    echo "created docker/secrets/$name (empty: write it, see docker/README.md)"
  fi
  chmod 0644 "$name"
done
