# Shared helpers for GreenLedger's scripts. Sourced, never run: it sets no shell options.
# shellcheck shell=bash

GL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GL_NETWORK_CONF=${GL_NETWORK_CONF:-"$GL_ROOT/network/network.conf"}
FABRIC_HOME=${FABRIC_HOME:-"$GL_ROOT/.fabric"}
FABRIC_BIN="$FABRIC_HOME/bin"
# All network state (keys, certificates, ledgers, logs, pids) lives under this one folder.
GL_STATE=${GL_STATE:-"$GL_ROOT/.network"}
GL_LOGS="$GL_STATE/logs"
GL_PIDS="$GL_STATE/pids"
GL_HEALTH_TIMEOUT=${GL_HEALTH_TIMEOUT:-90}

# The file is chosen at run time (GL_NETWORK_CONF).
# shellcheck disable=SC1090,SC1091
. "$GL_NETWORK_CONF"
export PATH="$FABRIC_BIN:$PATH"

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(basename "$0" .sh)" "$*" >&2; exit 1; }

# cfg ORG KEY -> the value of ORG_KEY from network.conf (for example: cfg banka PEER_PORT).
cfg() {
  local name="${1}_${2}"
  [ -n "${!name:-}" ] || die "network.conf has no value for $name"
  printf '%s\n' "${!name}"
}

is_org() { local o; for o in "${GL_ORGS[@]}"; do [ "$o" = "$1" ] && return 0; done; return 1; }
runs_orderer() { local o; for o in "${GL_ORDERER_ORGS[@]}"; do [ "$o" = "$1" ] && return 0; done; return 1; }
require_org() { is_org "${1:-}" || die "unknown org '${1:-}' (known: ${GL_ORGS[*]})"; }

org_dir() { printf '%s\n' "$GL_STATE/orgs/$1"; }
# The org's CA certificate: the root of its identities and of its TLS certificates.
org_ca_cert() { printf '%s\n' "$(org_dir "$1")/msp/cacerts/ca.pem"; }
user_dir() { printf '%s\n' "$(org_dir "$1")/users/$2"; }

# wait_until DESCRIPTION COMMAND...: polls COMMAND until it succeeds or GL_HEALTH_TIMEOUT passes.
wait_until() {
  local what=$1; shift
  local deadline=$((SECONDS + GL_HEALTH_TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "timed out after ${GL_HEALTH_TIMEOUT}s waiting for $what"
    sleep 0.5
  done
}

# wait_healthy NODE DESCRIPTION COMMAND...: like wait_until, but gives up at once, showing the
# end of the node's log, if the node's process has exited.
wait_healthy() {
  local name=$1 what=$2; shift 2
  local deadline=$((SECONDS + GL_HEALTH_TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    if ! is_running "$name"; then
      tail -n 15 "$GL_LOGS/$name.log" >&2 2>/dev/null || true
      die "$name exited while waiting for $what (log: $GL_LOGS/$name.log)"
    fi
    [ $SECONDS -lt $deadline ] || die "timed out after ${GL_HEALTH_TIMEOUT}s waiting for $what"
    sleep 0.5
  done
}

# An HTTPS health endpoint that answers 200, verified against the org's CA.
healthy() { curl -sf --max-time 2 --cacert "$2" "$1" >/dev/null; }

pid_of() { cat "$GL_PIDS/$1.pid" 2>/dev/null; }
is_running() { local pid; pid=$(pid_of "$1") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# start_process NAME COMMAND...: runs COMMAND in the background, logging to logs/NAME.log.
start_process() {
  local name=$1; shift
  mkdir -p "$GL_LOGS" "$GL_PIDS"
  if is_running "$name"; then log "$name already running (pid $(pid_of "$name"))"; return; fi
  nohup "$@" >>"$GL_LOGS/$name.log" 2>&1 &
  echo $! > "$GL_PIDS/$name.pid"
  log "started $name (pid $!, log $GL_LOGS/$name.log)"
}

stop_process() {
  local name=$1 pid
  pid=$(pid_of "$name") || return 0
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 20))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    log "stopped $name"
  fi
  rm -f "$GL_PIDS/$name.pid"
}

# Node configuration: Fabric's own sampleconfig, with the two settings that environment
# variables cannot reach patched in: the BFT consenter, and no Docker endpoint (chaincode runs
# as a service), which also drops Docker from the peer's health check. Prints the folder.
node_config_dir() {
  local dir="$GL_STATE/config"
  if [ ! -f "$dir/core.yaml" ]; then
    mkdir -p "$dir"
    cp "$FABRIC_HOME/config/configtx.yaml" "$dir/"
    # The orderer chooses its consenter from Consensus.Type, a key the sample file lacks.
    sed 's#^Consensus:$#Consensus:\n    Type: BFT#' "$FABRIC_HOME/config/orderer.yaml" > "$dir/orderer.yaml"
    grep -q '^    Type: BFT$' "$dir/orderer.yaml" || die "could not set the BFT consenter in orderer.yaml"
    sed 's#^\([[:space:]]*endpoint:\) unix:///var/run/docker.sock#\1 ""#' "$FABRIC_HOME/config/core.yaml" > "$dir/core.yaml"
    grep -q 'endpoint: unix:///var/run/docker.sock' "$dir/core.yaml" && die "could not remove the Docker endpoint from core.yaml"
  fi
  printf '%s\n' "$dir"
}

# Environment for the peer CLI acting as ORG's admin against ORG's peer.
peer_cli_env() {
  local org=$1 admin
  admin=$(user_dir "$org" admin)
  export FABRIC_CFG_PATH; FABRIC_CFG_PATH=$(node_config_dir)
  export CORE_PEER_LOCALMSPID; CORE_PEER_LOCALMSPID=$(cfg "$org" MSPID)
  export CORE_PEER_MSPCONFIGPATH="$admin/msp"
  export CORE_PEER_ADDRESS; CORE_PEER_ADDRESS="$(cfg "$org" HOST):$(cfg "$org" PEER_PORT)"
  export CORE_PEER_TLS_ENABLED=true
  export CORE_PEER_TLS_ROOTCERT_FILE; CORE_PEER_TLS_ROOTCERT_FILE=$(org_ca_cert "$org")
  export CORE_PEER_TLS_CLIENTCERT_FILE="$admin/tls/cert.pem"
  export CORE_PEER_TLS_CLIENTKEY_FILE="$admin/tls/key.pem"
}
