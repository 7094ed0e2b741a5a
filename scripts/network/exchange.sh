#!/usr/bin/env bash
# What travels between members' hosts (README "Running a member's node on its own host"): public
# certificates and the channel's genesis block, never a private key.
#
#   publish ORG DIR   copies ORG's public certificates from this host's state folder into DIR/orgs/ORG:
#                     its MSP (CA and TLS CA certificates, the NodeOUs file) and, for an orderer org,
#                     its orderer's TLS and enrollment certificates; and the genesis block into
#                     DIR/channel when this host has one (the host that made it hands it over so)
#   receive DIR       copies every other org's public certificates from DIR into this host's state
#                     folder (where the channel's configuration and the lifecycle commit read them),
#                     and the genesis block when this host has none
#
# DIR stands for whatever the members use to hand files over (a shared folder, a signed mail, a
# ticket). Only the files listed below are copied, in either direction; an org this host runs
# (its CA's home is here) is never overwritten by what another host sent.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/../lib/common.sh"

usage() { echo "Usage: scripts/network/exchange.sh publish ORG DIR | receive DIR | public-files ORG" >&2; exit 2; }

# The public files of an org, relative to its folder; the orderer's only for orderer orgs.
public_files() {
  printf '%s\n' msp/cacerts/ca.pem msp/tlscacerts/ca.pem msp/config.yaml
  ! runs_orderer "$1" || printf '%s\n' orderer0/tls/cert.pem orderer0/msp/signcerts/cert.pem
}

# An org whose CA runs on this host: its folder holds its keys, and nothing received replaces it.
own_org() { [ -d "$(org_dir "$1")/ca" ]; }

copy_files() { # org from-folder to-folder
  local file
  while read -r file; do
    [ -s "$2/$file" ] || die "$1 has no $file in $2"
    mkdir -p "$(dirname "$3/$file")"
    cp "$2/$file" "$3/$file"
  done < <(public_files "$1")
}

block_name="channel/$GL_CHANNEL.block"

publish() {
  local org=$1 dir=$2
  require_org "$org"
  own_org "$org" || die "$org does not run on this host (no CA in $(org_dir "$org"))"
  copy_files "$org" "$(org_dir "$org")" "$dir/orgs/$org"
  log "published the public certificates of $org to $dir/orgs/$org"
  if [ -s "$GL_STATE/$block_name" ]; then
    mkdir -p "$dir/channel"
    cp "$GL_STATE/$block_name" "$dir/$block_name"
    log "published the genesis block of $GL_CHANNEL to $dir/$block_name"
  fi
}

receive() {
  local dir=$1 org received=()
  [ -d "$dir" ] || die "no folder $dir"
  for org in "${GL_ORGS[@]}" "${GL_JOINING_ORGS[@]}"; do
    if [ ! -d "$dir/orgs/$org" ] || own_org "$org"; then continue; fi
    copy_files "$org" "$dir/orgs/$org" "$(org_dir "$org")"
    received+=("$org")
  done
  log "received the public certificates of ${received[*]:-no org} from $dir"
  if [ -s "$dir/$block_name" ] && [ ! -s "$GL_STATE/$block_name" ]; then
    mkdir -p "$GL_STATE/channel"
    cp "$dir/$block_name" "$GL_STATE/$block_name"
    log "received the genesis block of $GL_CHANNEL"
  fi
}

case "${1:-}" in
  publish) [ $# -eq 3 ] || usage; publish "$2" "$3" ;;
  receive) [ $# -eq 2 ] || usage; receive "$2" ;;
  # The list itself, for a check that a host holds nothing else of another org (scripts/hosts.sh check).
  public-files) [ $# -eq 2 ] || usage; require_org "$2"; public_files "$2" ;;
  *) usage ;;
esac
