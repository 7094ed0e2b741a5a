#!/usr/bin/env bash
# Runs the GreenLedger consortium network as native Fabric processes (no Docker).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"
steps="$GL_ROOT/scripts/network"

usage() {
  cat <<USAGE
Usage: scripts/network.sh COMMAND [ARGS]

  up [--test-clock]
               start every CA, orderer, peer (and deployed chaincode service); on first use,
               enroll all identities and create the '$GL_CHANNEL' channel; --test-clock: see below
  down         stop every process (and the console scripts/demo.sh started); ledgers, keys and
               certificates are kept
  clean        stop every process and delete all network state ($GL_STATE)
  status       show which processes run and each peer's channel height
  stop NODE    stop one node, for example: orderer-banka, peer-bankb, chaincode-alliance, ca-verifier
               ($GL_BASELINE_CHAINCODE-ORG: the benchmarks' baseline chaincode service)
  start NODE   start one stopped node again
  kill NODE    SIGKILL one node, as a crash would stop it (start it again with 'start')
  height NODE  print the channel height (block count) of a peer or orderer, for example: orderer-banka
  clock show   print the network clock's time (UTC) and its offset from the real clock
  clock set WHEN
               move the network clock to WHEN, YYYY-MM-DD (09:00:00 UTC that day) or
               YYYY-MM-DDTHH:MM:SSZ; it runs on from there
  clock reset  move the network clock back to the real time
  metrics      list every Prometheus metrics endpoint: JOB ORG URL CA_FILE CERT_FILE KEY_FILE
               (the org's 'monitor' identity is the TLS client certificate; '-' where none is asked)
  prometheus-config
               print a Prometheus scrape configuration for the whole network

The network clock exists only on the test and demo network: 'up --test-clock' (or GL_TEST_CLOCK=1)
creates it ($GL_CLOCK_FILE, an offset from the real time; 'down' and 'up' keep it, 'clean'
removes it). Every org's chaincode service, and the clients the scripts start (scripts/greenledger,
the demo, the integration tests), then run on it through libfaketime, so the ledger can be taken
to a coupon date or maturity as a whole; its CAs issue certificates for 10 years, not 1, so that
they still hold there. Fabric's peers and orderers keep the real clock. A member's production
node is never started with --test-clock and runs on its real clock.

Orgs: ${GL_ORGS[*]} (orderers: ${GL_ORDERER_ORGS[*]}); may join with scripts/add-member.sh ORG:
$(joining=(); for o in "${GL_JOINING_ORGS[@]}"; do is_joining_org "$o" && joining+=("$o"); done; echo "${joining[*]:-none}"). Addresses and ports: $GL_NETWORK_CONF
USAGE
}

# A refused command: exit status 2, as for a usage error.
refuse() { printf '[%s] ERROR: %s\n' "$(basename "$0" .sh)" "$*" >&2; exit 2; }

# node NAME -> runs the step script that starts or stops it.
node_action() {
  local action=$1 name=$2 kind org
  kind=${name%%-*}; org=${name#*-}
  require_org "$org"
  case "$kind" in
    ca|peer|orderer|chaincode) "$steps/$kind.sh" "$action" "$org" ;;
    "$GL_BASELINE_CHAINCODE") "$steps/chaincode.sh" "$action" "$org" "$kind" ;;
    *) die "unknown node '$name' (kinds: ca, peer, orderer, chaincode, $GL_BASELINE_CHAINCODE)" ;;
  esac
}

node_kill() {
  local name=$1 kind org
  kind=${name%%-*}; org=${name#*-}
  require_org "$org"
  case "$kind" in
    ca|peer|orderer|chaincode|"$GL_BASELINE_CHAINCODE") kill_process "$name" ;;
    *) die "unknown node '$name' (kinds: ca, peer, orderer, chaincode, $GL_BASELINE_CHAINCODE)" ;;
  esac
}

# Stopping reaches also an org on its way in (scripts/add-member.sh stopped half-way), whose
# CA or peer may run before the org is a member.
stoppable_orgs() {
  local org
  printf '%s\n' "${GL_ORGS[@]}"
  for org in "${GL_JOINING_ORGS[@]}"; do is_joining_org "$org" && printf '%s\n' "$org"; done
  return 0
}

# chaincode_services start|stop: every org's service of each chaincode deployed on this network
# (GreenLedger's, and the benchmarks' baseline once scripts/bench.sh deployed it).
chaincode_services() {
  local chaincode org orgs
  mapfile -t orgs < <(if [ "$1" = stop ]; then stoppable_orgs; else printf '%s\n' "${GL_ORGS[@]}"; fi)
  for chaincode in "$GL_CHAINCODE" "$GL_BASELINE_CHAINCODE"; do
    for org in "${orgs[@]}"; do
      [ "$1" = stop ] || [ -f "$(chaincode_deployment "$chaincode" "$org")" ] || continue
      "$steps/chaincode.sh" "$1" "$org" "$chaincode"
    done
  done
}

up() {
  local test_clock=false org
  [ "${GL_TEST_CLOCK:-}" = 1 ] && test_clock=true
  while [ $# -gt 0 ]; do
    case "$1" in
      --test-clock) test_clock=true; shift ;;
      *) usage >&2; exit 2 ;;
    esac
  done
  [ -x "$FABRIC_BIN/peer" ] || die "Fabric is not installed: run scripts/install-fabric.sh"
  # Before any chaincode service starts: they start on the network clock when the file exists
  # (scripts/network/chaincode.sh), also on a later 'up' without --test-clock.
  if [ "$test_clock" = true ] && [ ! -f "$GL_CLOCK_FILE" ]; then
    mkdir -p "$GL_STATE"
    write_clock 0
    log "test network: its clock starts at the real time ($GL_CLOCK_FILE)"
    # Services already running on the real clock start again below, on the network clock.
    chaincode_services stop
  fi
  for org in "${GL_ORGS[@]}"; do "$steps/ca.sh" start "$org"; done
  for org in "${GL_ORGS[@]}"; do "$steps/enroll.sh" "$org"; done
  for org in "${GL_ORDERER_ORGS[@]}"; do "$steps/orderer.sh" start "$org"; done
  for org in "${GL_ORGS[@]}"; do "$steps/peer.sh" start "$org"; done
  "$steps/channel.sh" create
  chaincode_services start
  log "network is up: channel $GL_CHANNEL on ${#GL_ORGS[@]} peers and ${#GL_ORDERER_ORGS[@]} BFT orderers"
  [ ! -f "$GL_CLOCK_FILE" ] || log "test network clock: offset $(clock_offset) s (scripts/network.sh clock show)"
}

down() {
  local org orgs
  mapfile -t orgs < <(stoppable_orgs)
  # A console scripts/demo.sh left running (console-ORG) reads through this network's peers.
  for org in "${orgs[@]}"; do stop_process "console-$org"; done
  chaincode_services stop
  for org in "${orgs[@]}"; do "$steps/peer.sh" stop "$org"; done
  for org in "${GL_ORDERER_ORGS[@]}"; do "$steps/orderer.sh" stop "$org"; done
  for org in "${orgs[@]}"; do "$steps/ca.sh" stop "$org"; done
  log "network is down (state kept in $GL_STATE)"
}

# height NODE -> the number of blocks of the channel on that peer or orderer.
height() {
  local name=$1 kind org admin out
  kind=${name%%-*}; org=${name#*-}
  require_org "$org"
  case "$kind" in
    peer) out=$( (peer_cli_env "$org"; peer channel getinfo -c "$GL_CHANNEL") 2>/dev/null) ;;
    orderer)
      admin=$(user_dir "$org" admin)
      out=$(osnadmin channel list --channelID "$GL_CHANNEL" -o "$(cfg "$org" HOST):$(cfg "$org" ORDERER_ADMIN_PORT)" \
        --ca-file "$(org_ca_cert "$org")" --client-cert "$admin/tls/cert.pem" --client-key "$admin/tls/key.pem" 2>/dev/null) ;;
    *) die "height is known for peers and orderers, not '$name'" ;;
  esac
  out=$(tr -d ' \n' <<<"$out" | sed -n 's/.*"height":\([0-9]*\).*/\1/p')
  [ -n "$out" ] || die "$name did not report a height for $GL_CHANNEL"
  printf '%s\n' "$out"
}

status() {
  local org name height
  for org in "${GL_ORGS[@]}"; do
    for name in "ca-$org" "orderer-$org" "peer-$org" "chaincode-$org" "$GL_BASELINE_CHAINCODE-$org"; do
      [ "$name" = "orderer-$org" ] && ! runs_orderer "$org" && continue
      [ "$name" = "$GL_BASELINE_CHAINCODE-$org" ] && [ ! -f "$(chaincode_deployment "$GL_BASELINE_CHAINCODE" "$org")" ] && continue
      if is_running "$name"; then printf '%-22s running (pid %s)\n' "$name" "$(pid_of "$name")"
      else printf '%-22s stopped\n' "$name"; fi
    done
    if is_running "peer-$org"; then
      height=$( (peer_cli_env "$org"; peer channel getinfo -c "$GL_CHANNEL" 2>/dev/null) | sed -n 's/.*"height":\([0-9]*\).*/\1/p')
      printf '%-22s channel %s height %s\n' "  peer-$org" "$GL_CHANNEL" "${height:-?}"
    fi
  done
}

# The network clock (test and demo network only): GL_CLOCK_FILE holds the offset from the real
# time in whole seconds, in libfaketime's relative format ("+31536000", "-86400", "+0").
write_clock() {
  printf '%+d\n' "$1" > "$GL_CLOCK_FILE.new"
  mv -f "$GL_CLOCK_FILE.new" "$GL_CLOCK_FILE"   # a whole line at once for the processes reading it
}

clock_offset() {
  local offset=
  read -r offset < "$GL_CLOCK_FILE" || true
  [[ "$offset" =~ ^[+-][0-9]+$ ]] || die "$GL_CLOCK_FILE does not hold an offset in seconds (+N or -N): '$offset'"
  printf '%+d\n' "$offset"
}

require_clock() {
  [ -f "$GL_CLOCK_FILE" ] ||
    refuse "the network was not started with --test-clock: it runs on the real clock (scripts/network.sh up --test-clock on a clean network)"
}

# The time a program on the network clock reads now (through libfaketime itself), ISO-8601 UTC.
network_now() {
  local out pid
  out=$(mktemp)
  (network_clock_env; exec date -u +%Y-%m-%dT%H:%M:%SZ) > "$out" &
  pid=$!
  wait "$pid" || { rm -f "$out"; die "cannot read the network clock"; }
  rm -f "/dev/shm/faketime_shm_$pid" "/dev/shm/sem.faketime_sem_$pid"
  cat "$out"; rm -f "$out"
}

clock_show() {
  if [ ! -f "$GL_CLOCK_FILE" ]; then
    printf 'real clock: %s (the network was not started with --test-clock)\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    return
  fi
  printf 'network clock: %s (offset %s s from the real clock)\n' "$(network_now)" "$(clock_offset)"
}

# clock_set WHEN: YYYY-MM-DD (09:00:00 UTC) or YYYY-MM-DDTHH:MM:SSZ.
clock_set() {
  local when=$1 stamp target
  require_clock
  if [[ "$when" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then stamp="$when 09:00:00"
  elif [[ "$when" =~ ^([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}:[0-9]{2}:[0-9]{2})Z$ ]]; then
    stamp="${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
  else refuse "'$when' is not a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM:SSZ"; fi
  # A date that does not exist (2025-02-30, 25:00:00) fails to parse, or does not read back the same.
  target=$(date -u -d "$stamp" +%s 2>/dev/null) || refuse "'$when' is not a valid date or time"
  [ "$(date -u -d "@$target" '+%Y-%m-%d %H:%M:%S')" = "$stamp" ] || refuse "'$when' is not a valid date or time"
  # The real clock: this script runs without libfaketime (lib/common.sh).
  write_clock $((target - $(date -u +%s)))
  # Running processes read the file again within a second (FAKETIME_CACHE_DURATION).
  sleep 2
  clock_show
}

clock() {
  case "${1:-}" in
    show) [ $# -eq 1 ] || { usage >&2; exit 2; }; clock_show ;;
    set) [ $# -eq 2 ] || { usage >&2; exit 2; }; clock_set "$2" ;;
    reset)
      [ $# -eq 1 ] || { usage >&2; exit 2; }
      if [ -f "$GL_CLOCK_FILE" ]; then write_clock 0; sleep 2; fi
      clock_show ;;
    *) usage >&2; exit 2 ;;
  esac
}

# Every operations endpoint with Prometheus metrics. Fabric's peer and orderer, and GreenLedger's
# chaincode service, serve /metrics over TLS to a client certificate from the org's own TLS CA
# (the org's monitor identity); the CA serves its operations endpoint in plain HTTP.
metrics() {
  local org dir host monitor
  for org in "${GL_ORGS[@]}"; do
    dir=$(org_dir "$org") host=$(cfg "$org" HOST) monitor="$dir/monitor/tls"
    printf 'fabric-peer %s https://%s:%s/metrics %s %s %s\n' "$org" "$host" "$(cfg "$org" PEER_OPS_PORT)" \
      "$dir/peer0/tls/ca.pem" "$monitor/cert.pem" "$monitor/key.pem"
    if runs_orderer "$org"; then
      printf 'fabric-orderer %s https://%s:%s/metrics %s %s %s\n' "$org" "$host" "$(cfg "$org" ORDERER_OPS_PORT)" \
        "$dir/orderer0/tls/ca.pem" "$monitor/cert.pem" "$monitor/key.pem"
    fi
    printf 'fabric-ca %s http://%s:%s/metrics - - -\n' "$org" "$host" "$(cfg "$org" CA_OPS_PORT)"
    printf 'greenledger-chaincode %s https://%s:%s/metrics %s %s %s\n' "$org" "$host" "$(cfg "$org" CHAINCODE_OPS_PORT)" \
      "$dir/chaincode/tls/ca.pem" "$monitor/cert.pem" "$monitor/key.pem"
  done
}

# The same endpoints as a Prometheus configuration: one job per kind of node, one target per org.
prometheus_config() {
  local job org url ca cert key hostport scheme
  printf 'scrape_configs:\n'
  while read -r job org url ca cert key; do
    scheme=${url%%://*} hostport=${url#*://} hostport=${hostport%%/*}
    printf '  - job_name: %s-%s\n    scheme: %s\n    static_configs:\n      - targets: ["%s"]\n        labels: {org: %s}\n' \
      "$job" "$org" "$scheme" "$hostport" "$org"
    if [ "$scheme" = https ]; then
      printf '    tls_config:\n      ca_file: %s\n      cert_file: %s\n      key_file: %s\n' "$ca" "$cert" "$key"
    fi
  done < <(metrics)
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  clean) down; rm -rf "$GL_STATE"; log "removed $GL_STATE" ;;
  status) status ;;
  stop|start) [ $# -eq 2 ] || { usage >&2; exit 2; }; node_action "$1" "$2" ;;
  kill) [ $# -eq 2 ] || { usage >&2; exit 2; }; node_kill "$2" ;;
  height) [ $# -eq 2 ] || { usage >&2; exit 2; }; height "$2" ;;
  clock) shift; clock "$@" ;;
  metrics) metrics ;;
  prometheus-config) prometheus_config ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
