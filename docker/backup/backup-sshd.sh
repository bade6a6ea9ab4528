#!/bin/sh
# The SSH server of the pgBackRest containers, for the other side's pgBackRest (and scp):
# - on the Vigie host (service backup-sshd, profile offsite): the backup server logs in as postgres to pull its
#   backups (pgBackRest's pg1-host) and the Redis exports;
# - on the backup server (docker/backup-server): the Vigie host logs in as postgres to push WAL to repo2.
# Creates the host key once (kept in SSHD_DIR, a volume) and prints it to pin on the other side; authorizes the
# one key of AUTHORIZED_KEY_FILE, from PEER_FROM only when set (sshd's from= patterns); runs sshd in front.
# Environment: SSHD_DIR (/etc/ssh/vigie), SSHD_LISTEN (0.0.0.0:2222), AUTHORIZED_KEY_FILE
# (/run/secrets/backup_peer_ssh_pubkey), PEER_FROM, SSHD_TEMPLATE (/etc/vigie/sshd_config.in),
# RENDER_CONFIG (/usr/local/bin/render-config), SSHD (/usr/sbin/sshd).
set -eu

export SSHD_DIR="${SSHD_DIR:-/etc/ssh/vigie}"
export SSHD_LISTEN="${SSHD_LISTEN:-0.0.0.0:2222}"
authorized="${AUTHORIZED_KEY_FILE:-/run/secrets/backup_peer_ssh_pubkey}"
peer_from="${PEER_FROM:-}"

mkdir -p "$SSHD_DIR" /run/sshd
chmod 0755 "$SSHD_DIR"
if ! [ -s "$SSHD_DIR/ssh_host_ed25519_key" ]; then
  ssh-keygen -q -t ed25519 -N "" -C "vigie-backup" -f "$SSHD_DIR/ssh_host_ed25519_key"
fi
echo "backup-sshd: host key (pin it in the other side's backup_known_hosts): $(cut -d' ' -f1,2 "$SSHD_DIR/ssh_host_ed25519_key.pub")"

key="$(head -n 1 "$authorized" 2>/dev/null || true)"
case "$key" in
  ssh-ed25519\ *|ssh-rsa\ *|ecdsa-sha2-*) ;;
  *) echo "backup-sshd: $authorized holds no public key (ssh-ed25519 …)" >&2; exit 1 ;;
esac
case "$peer_from" in *[!A-Za-z0-9.:/*?,!-]*) echo "backup-sshd: PEER_FROM is not an address pattern: $peer_from" >&2; exit 1 ;; esac
options="restrict"
[ -n "$peer_from" ] && options="from=\"$peer_from\",$options"
(umask 022 && printf '%s %s\n' "$options" "$key" > "$SSHD_DIR/authorized_keys.tmp")
mv -f "$SSHD_DIR/authorized_keys.tmp" "$SSHD_DIR/authorized_keys"

sh "${RENDER_CONFIG:-/usr/local/bin/render-config}" "${SSHD_TEMPLATE:-/etc/vigie/sshd_config.in}" "$SSHD_DIR/sshd_config"
sshd="${SSHD:-/usr/sbin/sshd}"
"$sshd" -t -f "$SSHD_DIR/sshd_config"
exec "$sshd" -D -e -f "$SSHD_DIR/sshd_config"
