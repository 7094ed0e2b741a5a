# Installs the Debian packages GreenLedger's scripts need when they are missing (fresh machine).
# Sourced; sets no shell options.
# shellcheck shell=bash

# ensure_prerequisites [COMMAND:PACKAGE ...]: what every script needs, and the extra commands given.
ensure_prerequisites() {
  local missing=() need
  for need in "$@"; do
    command -v "${need%%:*}" >/dev/null 2>&1 || missing+=("${need#*:}")
  done
  command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  command -v tar >/dev/null 2>&1 || missing+=(tar)
  command -v gcc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    printf '[prerequisites] installing %s\n' "${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    printf '[prerequisites] missing: %s (install them with your package manager)\n' "${missing[*]}" >&2
    return 1
  fi
}
