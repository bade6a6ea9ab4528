#!/bin/sh
# Renders a configuration file from the container's environment, then runs the program on it:
#   render-config.sh TEMPLATE OUTPUT [-- COMMAND ARG...]
# For Prometheus and Alertmanager, whose files cannot read the environment themselves (docker/compose.yaml).
# In TEMPLATE:
#   ${NAME}                     the variable's value; an empty or unset one is an error
#   # render-if NAME            the lines up to `# render-end` are kept only when NAME is not empty
#   # render-if-profile NAME    ... only when COMPOSE_PROFILES (comma-separated) lists NAME
# A value may not hold a double quote, a backslash or a newline: the templates put values in "…" YAML strings.
# Secrets are never rendered: the files point at them (credentials_file, smtp_auth_password_file).
# POSIX sh and awk only (the images are busybox).
set -eu

if [ "$#" -lt 2 ]; then
  echo "usage: render-config.sh TEMPLATE OUTPUT [-- COMMAND ARG...]" >&2
  exit 2
fi
template="$1"
output="$2"
shift 2

tmp="$output.tmp.$$"
if ! awk '
  function fail(message) { print "render-config: " FILENAME ":" NR ": " message > "/dev/stderr"; failed = 1; exit 1 }
  function listed(name, list,   n, parts, i) {
    n = split(list, parts, ",")
    for (i = 1; i <= n; i++) if (parts[i] == name) return 1
    return 0
  }
  /^[ \t]*# render-if-profile [A-Za-z0-9_-]+[ \t]*$/ {
    if (depth) fail("nested render-if")
    depth = 1; keep = listed($3, ENVIRON["COMPOSE_PROFILES"]); next
  }
  /^[ \t]*# render-if [A-Z_][A-Z0-9_]*[ \t]*$/ {
    if (depth) fail("nested render-if")
    depth = 1; keep = (ENVIRON[$3] != ""); next
  }
  /^[ \t]*# render-end[ \t]*$/ {
    if (!depth) fail("render-end without render-if")
    depth = 0; next
  }
  depth && !keep { next }
  {
    line = $0; out = ""
    while (match(line, /\$\{[A-Z_][A-Z0-9_]*\}/)) {
      name = substr(line, RSTART + 2, RLENGTH - 3)
      value = ENVIRON[name]
      if (value == "") fail(name " is not set")
      if (value ~ /["\\\n]/) fail(name " holds a double quote, a backslash or a newline")
      out = out substr(line, 1, RSTART - 1) value
      line = substr(line, RSTART + RLENGTH)
    }
    print out line
  }
  END { if (!failed && depth) { print "render-config: " FILENAME ": render-if without render-end" > "/dev/stderr"; exit 1 } }
' "$template" > "$tmp"; then
  rm -f "$tmp"
  exit 1
fi
mv -f "$tmp" "$output"

if [ "${1:-}" = "--" ]; then
  shift
  exec "$@"
fi
