#!/usr/bin/env bash
# Runs the GreenLedger consortium network as native Fabric processes (no Docker).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"
steps="$GL_ROOT/scripts/network"

usage() {
  cat <<USAGE
Usage: scripts/network.sh COMMAND [NODE]

  up           start every CA, orderer, peer (and deployed chaincode service); on first use,
               enroll all identities and create the '$GL_CHANNEL' channel
  down         stop every process; ledgers, keys and certificates are kept
  clean        stop every process and delete all network state ($GL_STATE)
  status       show which processes run and each peer's channel height
  stop NODE    stop one node, for example: orderer-banka, peer-bankb, chaincode-alliance, ca-verifier
  start NODE   start one stopped node again
  height NODE  print the channel height (block count) of a peer or orderer, for example: orderer-banka

Orgs: ${GL_ORGS[*]} (orderers: ${GL_ORDERER_ORGS[*]}). Addresses and ports: $GL_NETWORK_CONF
USAGE
}

# node NAME -> runs the step script that starts or stops it.
node_action() {
  local action=$1 name=$2 kind org
  kind=${name%%-*}; org=${name#*-}
  require_org "$org"
  case "$kind" in
    ca|peer|orderer|chaincode) "$steps/$kind.sh" "$action" "$org" ;;
    *) die "unknown node '$name' (kinds: ca, peer, orderer, chaincode)" ;;
  esac
}

up() {
  [ -x "$FABRIC_BIN/peer" ] || die "Fabric is not installed: run scripts/install-fabric.sh"
  local org
  for org in "${GL_ORGS[@]}"; do "$steps/ca.sh" start "$org"; done
  for org in "${GL_ORGS[@]}"; do "$steps/enroll.sh" "$org"; done
  for org in "${GL_ORDERER_ORGS[@]}"; do "$steps/orderer.sh" start "$org"; done
  for org in "${GL_ORGS[@]}"; do "$steps/peer.sh" start "$org"; done
  "$steps/channel.sh" create
  if [ -d "$GL_STATE/chaincode" ]; then
    for org in "${GL_ORGS[@]}"; do "$steps/chaincode.sh" start "$org"; done
  fi
  log "network is up: channel $GL_CHANNEL on ${#GL_ORGS[@]} peers and ${#GL_ORDERER_ORGS[@]} BFT orderers"
}

down() {
  local org
  for org in "${GL_ORGS[@]}"; do "$steps/chaincode.sh" stop "$org"; done
  for org in "${GL_ORGS[@]}"; do "$steps/peer.sh" stop "$org"; done
  for org in "${GL_ORDERER_ORGS[@]}"; do "$steps/orderer.sh" stop "$org"; done
  for org in "${GL_ORGS[@]}"; do "$steps/ca.sh" stop "$org"; done
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
    for name in "ca-$org" "orderer-$org" "peer-$org" "chaincode-$org"; do
      [ "$name" = "orderer-$org" ] && ! runs_orderer "$org" && continue
      if is_running "$name"; then printf '%-22s running (pid %s)\n' "$name" "$(pid_of "$name")"
      else printf '%-22s stopped\n' "$name"; fi
    done
    if is_running "peer-$org"; then
      height=$( (peer_cli_env "$org"; peer channel getinfo -c "$GL_CHANNEL" 2>/dev/null) | sed -n 's/.*"height":\([0-9]*\).*/\1/p')
      printf '%-22s channel %s height %s\n' "  peer-$org" "$GL_CHANNEL" "${height:-?}"
    fi
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  clean) down; rm -rf "$GL_STATE"; log "removed $GL_STATE" ;;
  status) status ;;
  stop|start) [ $# -eq 2 ] || { usage >&2; exit 2; }; node_action "$1" "$2" ;;
  height) [ $# -eq 2 ] || { usage >&2; exit 2; }; height "$2" ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
