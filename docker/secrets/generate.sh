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
  vigie_metrics_token grafana_admin_password backup_cipher_pass; do
  if [ -s "$name" ]; then
    echo "kept    docker/secrets/$name"
  else
    (umask 022 && random > "$name")
    echo "created docker/secrets/$name"
  fi
  chmod 0644 "$name"
done
# This machine's SSH key for the off-site backups (the Vigie host's and the backup server's each their own):
# give backup_ssh_key.pub to the other side, as its backup_peer_ssh_pubkey.
if [ -s backup_ssh_key ]; then
  echo "kept    docker/secrets/backup_ssh_key"
elif command -v ssh-keygen >/dev/null; then
  ssh-keygen -q -t ed25519 -N "" -C "vigie-backup@$(hostname)" -f backup_ssh_key
  echo "created docker/secrets/backup_ssh_key (public key: docker/secrets/backup_ssh_key.pub)"
else
  : > backup_ssh_key
  echo "created docker/secrets/backup_ssh_key EMPTY: no ssh-keygen here; write an ed25519 private key there"
fi
chmod 0644 backup_ssh_key
# Given by others, not generated: the SMTP relay's password, the external heartbeat's token (a second Vigie's
# Alertmanager token; any value for a healthchecks-style URL), the other backup side's host key and public key.
# Created empty so that Compose can mount them.
for name in smtp_password heartbeat_token backup_known_hosts backup_peer_ssh_pubkey; do
  if [ -e "$name" ]; then
    echo "kept    docker/secrets/$name"
  else
    (umask 022 && : > "$name")
    echo "created docker/secrets/$name (empty: write it, see docker/README.md)"
  fi
  chmod 0644 "$name"
done
