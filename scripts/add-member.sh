#!/usr/bin/env bash
# Adds an organization to the running channel (README "Adding a member"): an org of
# GL_JOINING_ORGS in network/network.conf, for example a third bank.
#
#   1. starts the org's CA and enrolls its identities            (scripts/network/{ca,enroll}.sh)
#   2. adds the org to the channel's configuration: fetches the latest config block, adds the
#      org's MSP, policies and anchor peer to the Application group, computes the update with
#      configtxlator (python3 reads the block's protobuf, see scripts/lib/config-without-orderer.py), has it signed by as many member admins as the group's modification policy
#      (/Channel/Application/Admins, MAJORITY Admins) asks, and submits it to the orderers
#   3. records the org as a member of this network (STATE/joined-orgs): from now on the scripts
#      (up, down, status, metrics, deploy) handle it like the founding orgs
#   4. starts the org's peer, joins it from the channel's genesis block, fetched from the
#      orderers with the org's own admin identity, and waits until it caught up
#   5. installs its own chaincode package(s) and approves the committed definition at its
#      sequence for the org, and starts its chaincode service(s) (scripts/deploy-chaincode.sh --committed)
#   6. registers the org on the ledger with its business roles, as the alliance's admin
#      (governance RegisterOrg, through scripts/greenledger)
#
# Every step looks first at what is already done, so running it again after a failure continues
# where it stopped, and running it for a member changes nothing.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"
. "$GL_ROOT/scripts/lib/prerequisites.sh"
steps="$GL_ROOT/scripts/network"
# python3 reads the channel configuration block (scripts/lib/config-without-orderer.py).
ensure_prerequisites python3:python3

usage() {
  cat <<USAGE
Usage: scripts/add-member.sh ORG [--name NAME] [--role ROLE]...
  ORG     an org of GL_JOINING_ORGS in $GL_NETWORK_CONF (${GL_JOINING_ORGS[*]:-none}), or a member
          it already added (continues an interrupted run)
  --name  the org's name on the ledger (default: its MSP ID)
  --role  a business role on the ledger: ISSUER, CUSTODIAN or VERIFIER; repeat for several
          (default: ISSUER and CUSTODIAN, a bank's). REGISTRY and REGULATOR are granted only by a
          role change the regulator approves.
USAGE
}

[ $# -ge 1 ] || { usage >&2; exit 2; }
case "$1" in -h|--help) usage; exit 0 ;; esac
org=$1; shift
name='' roles=()
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name=${2:?--name needs a value}; shift 2 ;;
    --role) roles+=("${2:?--role needs a value}"); shift 2 ;;
    *) usage >&2; exit 2 ;;
  esac
done
is_org "$org" || is_joining_org "$org" ||
  die "'$org' is neither a member nor an org that may join (GL_JOINING_ORGS in $GL_NETWORK_CONF: ${GL_JOINING_ORGS[*]:-none})"
for o in "${GL_FOUNDING_ORGS[@]}"; do [ "$o" != "$org" ] || die "$org is a founding member of the channel"; done
runs_orderer "$org" && die "$org runs an orderer: adding a consenter is not what this script does"
msp=$(cfg "$org" MSPID)
[ -n "$name" ] || name=$msp
[ ${#roles[@]} -gt 0 ] || roles=(ISSUER CUSTODIAN)
for role in "${roles[@]}"; do
  case "$role" in ISSUER|CUSTODIAN|VERIFIER) ;; *) die "--role $role: ISSUER, CUSTODIAN or VERIFIER" ;; esac
done

# The members that act for the channel: the founding orgs and those that joined before this one.
members=()
for o in "${GL_ORGS[@]}"; do [ "$o" = "$org" ] || members+=("$o"); done
is_running "peer-${members[0]}" || die "the network is not running: scripts/network.sh up"

work="$GL_STATE/channel/join-$org"
mkdir -p "$work" "$GL_LOGS"
# The first orderer that answers (one may be down: the update and the reads need one).
orderer_org=
for o in "${GL_ORDERER_ORGS[@]}"; do
  if bash -c "exec 3<>/dev/tcp/$(cfg "$o" HOST)/$(cfg "$o" ORDERER_PORT)" 2>/dev/null; then orderer_org=$o; break; fi
done
[ -n "$orderer_org" ] || die "no orderer answers (${GL_ORDERER_ORGS[*]})"
orderer="$(cfg "$orderer_org" HOST):$(cfg "$orderer_org" ORDERER_PORT)"
orderer_ca=$(org_ca_cert "$orderer_org")
journal="$GL_LOGS/add-member-$org.log"

# as ORG COMMAND...: runs a Fabric CLI command as ORG's admin; its output goes to the journal.
as() { local who=$1; shift; (peer_cli_env "$who"; "$@") >>"$journal" 2>&1; }

# --- 1. the org's CA and identities -------------------------------------------------------------
"$steps/ca.sh" start "$org"
"$steps/enroll.sh" "$org"

# --- 2. the channel configuration update --------------------------------------------------------
# fetch_config ORG FILE: the channel's current configuration, read from the orderers as ORG's
# admin, as JSON in FILE and as protobuf in FILE.pb, both without the Orderer group: this
# Fabric's configtxlator cannot decode the BFT consenter's metadata, and an update of the
# Application group leaves the Orderer group out anyway (scripts/lib/config-without-orderer.py).
fetch_config() {
  local who=$1 out=$2
  as "$who" peer channel fetch config "$work/config_block.pb" -c "$GL_CHANNEL" -o "$orderer" --tls --cafile "$orderer_ca" &&
    python3 "$GL_ROOT/scripts/lib/config-without-orderer.py" "$work/config_block.pb" "$out.pb" 2>>"$journal" &&
    configtxlator proto_decode --input "$out.pb" --type common.Config > "$out" 2>>"$journal"
}

in_channel() { # config.json -> whether the org is in the Application group
  jq -e --arg msp "$msp" '.channel_group.groups.Application.groups | has($msp)' "$1" >/dev/null
}

# required_signatures CONFIG: how many member admins the Application group's modification policy
# asks for. The channel's policies are implicit-meta (ANY, MAJORITY or ALL of the orgs' Admins).
required_signatures() {
  local config=$1 mod_policy type rule orgs
  mod_policy=$(jq -r '.channel_group.groups.Application.mod_policy' "$config")
  type=$(jq -r --arg p "$mod_policy" '.channel_group.groups.Application.policies[$p].policy.type' "$config")
  [ "$type" = 3 ] || die "the Application group's $mod_policy policy is not implicit-meta (type $type): sign by hand"
  rule=$(jq -r --arg p "$mod_policy" '.channel_group.groups.Application.policies[$p].policy.value.rule' "$config")
  orgs=$(jq '.channel_group.groups.Application.groups | length' "$config")
  case "$rule" in
    ANY) echo 1 ;;
    ALL) echo "$orgs" ;;
    MAJORITY) echo $((orgs / 2 + 1)) ;;
    *) die "unknown implicit-meta rule '$rule' in /Channel/Application/$mod_policy" ;;
  esac
  log "/Channel/Application/$mod_policy is $rule of the $orgs member orgs' admins"
}

add_to_channel() {
  local config="$work/config.json" needed signers=() o i
  fetch_config "${members[0]}" "$config" ||
    die "could not fetch the configuration of $GL_CHANNEL as ${members[0]}'s admin (see $journal)"
  if in_channel "$config"; then
    log "$msp is already in the configuration of $GL_CHANNEL"
    return
  fi
  # The org's group from the same template as the genesis's orgs: configtxgen -printOrg writes
  # its MSP and policies; the anchor peer, which -printOrg leaves out, is added as the genesis
  # has it for every org (the other orgs' peers find the new one through it).
  { echo "Organizations:"; channel_org_yaml "$org"; } > "$work/configtx.yaml"
  configtxgen -configPath "$work" -printOrg "$msp" > "$work/org.json" 2>>"$journal" ||
    die "configtxgen could not describe $msp (see $journal)"
  jq --arg msp "$msp" --arg host "$(cfg "$org" HOST)" --argjson port "$(cfg "$org" PEER_PORT)" --slurpfile group "$work/org.json" \
    '.channel_group.groups.Application.groups[$msp] = ($group[0]
       | .values.AnchorPeers = {mod_policy: "Admins", value: {anchor_peers: [{host: $host, port: $port}]}, version: "0"})' \
    "$config" > "$work/modified.json"
  configtxlator proto_encode --input "$work/modified.json" --type common.Config --output "$work/modified.pb" 2>>"$journal"
  configtxlator compute_update --channel_id "$GL_CHANNEL" --original "$config.pb" --updated "$work/modified.pb" \
    --output "$work/update.pb" 2>>"$journal" || die "configtxlator compute_update failed (see $journal)"
  configtxlator proto_decode --input "$work/update.pb" --type common.ConfigUpdate 2>>"$journal" > "$work/update.json"
  jq -n --arg channel "$GL_CHANNEL" --slurpfile update "$work/update.json" \
    '{payload: {header: {channel_header: {channel_id: $channel, type: 2}}, data: {config_update: $update[0]}}}' \
    > "$work/update_envelope.json"
  configtxlator proto_encode --input "$work/update_envelope.json" --type common.Envelope \
    --output "$work/update_envelope.pb" 2>>"$journal" || die "could not encode the update envelope (see $journal)"

  needed=$(required_signatures "$config")
  [[ "$needed" =~ ^[0-9]+$ ]] || die "cannot tell how many admins must sign"
  for o in "${members[@]}"; do
    in_channel_org "$config" "$o" && signers+=("$o")
    [ ${#signers[@]} -lt "$needed" ] || break
  done
  [ ${#signers[@]} -ge "$needed" ] || die "$needed admins must sign, and only ${#signers[@]} member orgs are known here"
  # Each admin but the last signs the envelope; the last signs it too as it submits it.
  for ((i = 0; i < needed - 1; i++)); do
    as "${signers[$i]}" peer channel signconfigtx -f "$work/update_envelope.pb" ||
      die "the admin of ${signers[$i]} could not sign the update (see $journal)"
    log "signed by the admin of $(cfg "${signers[$i]}" MSPID)"
  done
  as "${signers[$((needed - 1))]}" peer channel update -f "$work/update_envelope.pb" -c "$GL_CHANNEL" \
    -o "$orderer" --tls --cafile "$orderer_ca" ||
    die "the orderers refused the configuration update (see $journal)"
  log "signed and submitted by the admin of $(cfg "${signers[$((needed - 1))]}" MSPID): $msp added to $GL_CHANNEL"
  wait_until "the configuration of $GL_CHANNEL to hold $msp" config_has_org
}

in_channel_org() { # config.json org -> whether that org's MSP is in the Application group
  jq -e --arg msp "$(cfg "$2" MSPID)" '.channel_group.groups.Application.groups | has($msp)' "$1" >/dev/null
}

config_has_org() { fetch_config "${members[0]}" "$work/config.now.json" && in_channel "$work/config.now.json"; }

add_to_channel
if ! grep -qx "$org" "$GL_JOINED_FILE" 2>/dev/null; then
  echo "$org" >> "$GL_JOINED_FILE"
  log "$org is a member of this network from now on ($GL_JOINED_FILE)"
fi
GL_ORGS=("${members[@]}" "$org")

# --- 3. the org's peer joins and catches up ------------------------------------------------------
"$steps/peer.sh" start "$org"
peer_joined() { (peer_cli_env "$org"; peer channel getinfo -c "$GL_CHANNEL" >/dev/null 2>&1); }
if peer_joined; then
  log "peer of $org already in $GL_CHANNEL"
else
  # The genesis block, from the orderers: the org's admin may read the channel now.
  as "$org" peer channel fetch 0 "$work/genesis.block" -c "$GL_CHANNEL" -o "$orderer" --tls --cafile "$orderer_ca" ||
    die "the admin of $org could not fetch the genesis block of $GL_CHANNEL (see $journal)"
  as "$org" peer channel join -b "$work/genesis.block" || die "peer of $org could not join $GL_CHANNEL (see $journal)"
  wait_until "peer of $org to join $GL_CHANNEL" peer_joined
  log "peer of $org joined $GL_CHANNEL"
fi
height() { (peer_cli_env "$1"; peer channel getinfo -c "$GL_CHANNEL" 2>/dev/null) | sed -n 's/.*"height":\([0-9]*\).*/\1/p'; }
target=$(height "${members[0]}")
[ -n "$target" ] || die "cannot read the height of the peer of ${members[0]}"
log "peer of $org catching up to block $target"
caught_up() { local h; h=$(height "$org"); [ -n "$h" ] && [ "$h" -ge "$target" ]; }
GL_HEALTH_TIMEOUT=${GL_CATCH_UP_TIMEOUT:-900} wait_until "peer of $org to reach height $target" caught_up
log "peer of $org is at height $(height "$org")"

# --- 4. the chaincode: its own package and service, the committed definition approved -----------
"$GL_ROOT/scripts/deploy-chaincode.sh" --committed
# The benchmarks' baseline, where scripts/bench.sh deployed it on this network.
if [ -f "$(chaincode_deployment "$GL_BASELINE_CHAINCODE" "${members[0]}")" ]; then
  "$GL_ROOT/scripts/deploy-chaincode.sh" --committed --chaincode "$GL_BASELINE_CHAINCODE"
fi

# --- 5. the org on the ledger: registered by the alliance with its business roles ----------------
alliance=${GL_FOUNDING_ORGS[0]}
cli() { "$GL_ROOT/scripts/greenledger" --state "$GL_STATE" "$@"; }
if cli --org "$alliance" --user viewer org show "$msp" >>"$journal" 2>&1; then
  log "$msp is already registered on the ledger"
else
  role_args=()
  for role in "${roles[@]}"; do role_args+=(--role "$role"); done
  cli --org "$alliance" --user admin org register "$msp" --name "$name" "${role_args[@]}" >>"$journal" 2>&1 ||
    die "the alliance's admin could not register $msp on the ledger: $(tail -n 1 "$journal")" \
      "(governance must be bootstrapped first; see $journal)"
  log "registered $msp on the ledger as ${roles[*]} (by the alliance's admin)"
fi
log "$org is a member: its peer, chaincode service and clients take part in $GL_CHANNEL;" \
  "the chaincode's endorsement policy (MAJORITY Endorsement) now counts ${#GL_ORGS[@]} orgs"
