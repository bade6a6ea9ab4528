#!/bin/sh
# pgBackRest's SSH client (cmd-ssh in pgbackrest.conf), and the backup server's for its pulls: ssh with the
# key from a Docker secret and the other side's host key pinned, never a prompt.
#   vigie-ssh SSH-ARG...
# VIGIE_SSH_KEY (default /run/secrets/backup_ssh_key): the private key. Compose mounts secrets as the host file
# is (0644), which ssh refuses for a key: it is copied into a directory only this user can enter.
# VIGIE_SSH_KNOWN_HOSTS (default /run/secrets/backup_known_hosts): the other side's host key, e.g.
# "[backup.example.org]:2222 ssh-ed25519 AAAA…".
set -eu
key="${VIGIE_SSH_KEY:-/run/secrets/backup_ssh_key}"
known="${VIGIE_SSH_KNOWN_HOSTS:-/run/secrets/backup_known_hosts}"
dir="${TMPDIR:-/tmp}/vigie-ssh-$(id -u)"

(umask 077 && mkdir -p "$dir")
if ! [ -O "$dir" ] || [ -n "$(find "$dir" -maxdepth 0 -perm /077)" ]; then
  echo "vigie-ssh: $dir is not this user's private directory" >&2
  exit 1
fi
if ! [ -s "$dir/key" ] || ! cmp -s "$key" "$dir/key"; then
  (umask 077 && cp "$key" "$dir/key.$$" && mv -f "$dir/key.$$" "$dir/key")
fi
exec ssh -i "$dir/key" -o IdentitiesOnly=yes -o UserKnownHostsFile="$known" -o GlobalKnownHostsFile=/dev/null \
  -o StrictHostKeyChecking=yes -o BatchMode=yes -o ServerAliveInterval=30 -o ServerAliveCountMax=4 "$@"
