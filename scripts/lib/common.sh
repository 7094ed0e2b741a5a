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
# The test and demo network's clock (scripts/network.sh up --test-clock, clock set): an offset
# from the real time, in libfaketime's relative format. A member's node never has this file.
GL_CLOCK_FILE="$GL_STATE/clock"

# The scripts themselves run on the real clock, even when started by a process on the network
# clock (an integration test's JVM calls scripts/network.sh). network_clock_env sets these again
# for the programs that must share the network's clock.
unset LD_PRELOAD FAKETIME FAKETIME_TIMESTAMP_FILE FAKETIME_CACHE_DURATION FAKETIME_DONT_FAKE_MONOTONIC \
  FAKETIME_FORCE_MONOTONIC_FIX FAKETIME_NO_CACHE FAKETIME_SHARED

# The file is chosen at run time (GL_NETWORK_CONF).
# shellcheck disable=SC1090,SC1091
. "$GL_NETWORK_CONF"

# Membership: the founding orgs of network.conf, then each org of GL_JOINING_ORGS that joined the
# running channel (scripts/add-member.sh records it in GL_JOINED_FILE once the channel's
# configuration has it), in the order they joined. Everything that acts on "every org" (up, down,
# status, metrics, deploying chaincode) reads GL_ORGS, so a member that joined is handled like
# the others, after a restart too.
GL_JOINED_FILE="$GL_STATE/joined-orgs"
# shellcheck disable=SC2034 # used by the scripts that source this file
GL_FOUNDING_ORGS=("${GL_ORGS[@]}")
[ -n "${GL_JOINING_ORGS+x}" ] || GL_JOINING_ORGS=()
if [ -f "$GL_JOINED_FILE" ]; then
  while read -r _gl_org; do
    [ -n "$_gl_org" ] || continue
    case " ${GL_JOINING_ORGS[*]} " in *" $_gl_org "*) ;; *) continue ;; esac
    case " ${GL_ORGS[*]} " in *" $_gl_org "*) ;; *) GL_ORGS+=("$_gl_org") ;; esac
  done < "$GL_JOINED_FILE"
  unset _gl_org
fi
export PATH="$FABRIC_BIN:$PATH"

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(basename "$0" .sh)" "$*" >&2; exit 1; }

# cfg ORG KEY -> the value of ORG_KEY from network.conf (for example: cfg banka PEER_PORT).
cfg() {
  local name="${1}_${2}"
  [ -n "${!name:-}" ] || die "network.conf has no value for $name"
  printf '%s\n' "${!name}"
}

# The chaincodes the scripts deploy: GreenLedger, and the benchmarks' baseline beside it.
require_chaincode() {
  [ "${1:-}" = "$GL_CHAINCODE" ] || [ "${1:-}" = "$GL_BASELINE_CHAINCODE" ] ||
    die "unknown chaincode '${1:-}' (known: $GL_CHAINCODE, $GL_BASELINE_CHAINCODE)"
}
# chaincode_port_key NAME -> the network.conf key of an org's service port for that chaincode.
chaincode_port_key() { if [ "$1" = "$GL_CHAINCODE" ]; then echo CHAINCODE_PORT; else echo BASELINE_PORT; fi; }
# chaincode_process NAME ORG -> the name of ORG's service process (chaincode-ORG for GreenLedger).
chaincode_process() { if [ "$1" = "$GL_CHAINCODE" ]; then echo "chaincode-$2"; else echo "$1-$2"; fi; }
# chaincode_deployment NAME ORG -> the file the last deployment left for ORG's service.
chaincode_deployment() {
  if [ "$1" = "$GL_CHAINCODE" ]; then echo "$GL_STATE/chaincode/$2.env"; else echo "$GL_STATE/chaincode/$1-$2.env"; fi
}

is_org() { local o; for o in "${GL_ORGS[@]}"; do [ "$o" = "$1" ] && return 0; done; return 1; }
# An org that may join the channel and has not yet.
is_joining_org() { local o; is_org "$1" && return 1; for o in "${GL_JOINING_ORGS[@]}"; do [ "$o" = "$1" ] && return 0; done; return 1; }
runs_orderer() { local o; for o in "${GL_ORDERER_ORGS[@]}"; do [ "$o" = "$1" ] && return 0; done; return 1; }
# The node scripts (scripts/network/*.sh) act on members and on orgs on their way in.
require_org() {
  is_org "${1:-}" || is_joining_org "${1:-}" ||
    die "unknown org '${1:-}' (members: ${GL_ORGS[*]}${GL_JOINING_ORGS[*]:+; may join: ${GL_JOINING_ORGS[*]}})"
}

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
  # A process on the network clock that is killed leaves its libfaketime shared memory behind.
  [ -z "$pid" ] || rm -f "/dev/shm/faketime_shm_$pid" "/dev/shm/sem.faketime_sem_$pid"
  rm -f "$GL_PIDS/$name.pid"
}

# kill_process NAME: SIGKILL, no warning, as a crash or a power cut would stop it (the fault tests).
kill_process() {
  local name=$1 pid
  pid=$(pid_of "$name") || return 0
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    log "killed $name (SIGKILL)"
  fi
  [ -z "$pid" ] || rm -f "/dev/shm/faketime_shm_$pid" "/dev/shm/sem.faketime_sem_$pid"
  rm -f "$GL_PIDS/$name.pid"
}

# The libfaketime preload library: GL_LIBFAKETIME if set, else the file of Debian's package
# libfaketime (which the package faketime installs), else a usual location. Fails if absent.
libfaketime_path() {
  local lib candidates=()
  if [ -n "${GL_LIBFAKETIME:-}" ]; then
    candidates=("$GL_LIBFAKETIME")
  else
    mapfile -t candidates < <(dpkg -L "libfaketime:$(dpkg --print-architecture 2>/dev/null)" libfaketime 2>/dev/null |
      grep '/libfaketime\.so\.1$' || true)
    candidates+=(/usr/lib/*/faketime/libfaketime.so.1 /usr/lib/faketime/libfaketime.so.1 /usr/local/lib/faketime/libfaketime.so.1)
  fi
  for lib in "${candidates[@]}"; do
    [ -f "$lib" ] && { printf '%s\n' "$lib"; return 0; }
  done
  return 1
}

# network_clock_env: puts the programs this shell starts afterwards on the network's clock, when
# the network has one (GL_CLOCK_FILE, only on the test and demo network; without it, nothing
# changes). libfaketime, preloaded, adds the file's offset to the real time and reads the file
# again at most a second after it changes, so `scripts/network.sh clock set` reaches running
# processes too. Java and other C-library programs follow it; Fabric's Go binaries do not.
network_clock_env() {
  [ -f "$GL_CLOCK_FILE" ] || return 0
  local lib
  lib=$(libfaketime_path) ||
    die "the network runs on a test clock ($GL_CLOCK_FILE) but libfaketime is not installed (Debian: apt-get install faketime)"
  export LD_PRELOAD="$lib" FAKETIME_TIMESTAMP_FILE="$GL_CLOCK_FILE" FAKETIME_CACHE_DURATION=1
  # Only the wall clock moves: a faked monotonic clock would jump with each 'clock set', and a
  # JVM's timers with it. With the monotonic clock real, libfaketime's "monotonic fix" (which
  # libfaketime 0.9.10 turns on by itself for glibc) must be off, or every timed wait on a
  # monotonic condition returns at once and each JVM thread spins (measured: half a core per
  # idle JVM with it on, none with it off; sleeps and timers stay exact across clock changes).
  export FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME_FORCE_MONOTONIC_FIX=0
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

# channel_org_yaml ORG: the org's entry in a configtx.yaml (its MSP, policies, anchor peer, and
# orderer endpoint for orderer orgs): the channel's genesis (scripts/network/channel.sh) and an
# org that joins later (scripts/add-member.sh) are described alike.
channel_org_yaml() {
  local org=$1 msp host
  msp=$(cfg "$org" MSPID); host=$(cfg "$org" HOST)
  cat <<YAML
  - &$msp
    Name: $msp
    ID: $msp
    MSPDir: $(org_dir "$org")/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.peer', '$msp.client', '$msp.orderer')"}
      Writers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.client', '$msp.orderer')"}
      Admins: {Type: Signature, Rule: "OR('$msp.admin')"}
      Endorsement: {Type: Signature, Rule: "OR('$msp.peer')"}
    AnchorPeers:
      - {Host: $host, Port: $(cfg "$org" PEER_PORT)}
YAML
  if runs_orderer "$org"; then
    printf '    OrdererEndpoints:\n      - %s:%s\n' "$host" "$(cfg "$org" ORDERER_PORT)"
  fi
}
