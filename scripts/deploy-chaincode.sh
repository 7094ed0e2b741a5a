#!/usr/bin/env bash
# Deploys (or upgrades) the GreenLedger chaincode on the running network (or, with --chaincode
# baseline, the benchmarks' baseline chaincode beside it, the same way):
#   build the jar -> one CCaaS package per org (its own chaincode service address and TLS)
#   -> install on each org's peer -> approve for each org -> commit with the channel's
#   majority endorsement policy -> (re)start each org's chaincode service.
# A new version is committed at the next sequence; world state is kept. Deploying the version
# that is already committed makes sure every member org has installed and approved it (an org
# that joined the channel after the commit approves the committed definition at its sequence:
# no new commit, the others sign nothing) and that every org's service runs.
# On a member's own host (README "Running a member's node on its own host"), --org ORG does the
# same for ORG alone: install and approve, then, once the version is committed (by the member
# that runs with --commit when a majority approved, or already), start ORG's service.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"

usage() {
  cat <<USAGE
Usage: scripts/deploy-chaincode.sh [--org ORG [--commit]] [--chaincode NAME] [--version VERSION | --committed] [--skip-build]
  --org         act for ORG only, on its own host: install its package and approve for it; its
                service starts once the version is committed (default: every org, and commit)
  --commit      with --org: commit the definition as ORG once a majority of the members approved it
  --chaincode   $GL_CHAINCODE (default), or $GL_BASELINE_CHAINCODE: the benchmarks' baseline (scripts/bench.sh)
  --version     chaincode version (default: the Maven project version)
  --committed   the version committed on the channel, from the jar this network deployed it with
                (no build): installs and approves it for a member that has not (scripts/add-member.sh)
  --skip-build  use the jar already in the module's target folder
USAGE
}

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$GL_ROOT/pom.xml" | head -n 1)
build=true
chaincode=$GL_CHAINCODE
committed=false
only_org='' commit_as_org=false
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=${2:?--version needs a value}; shift 2 ;;
    --committed) committed=true build=false; shift ;;
    --skip-build) build=false; shift ;;
    --chaincode) chaincode=${2:?--chaincode needs a value}; shift 2 ;;
    --org) only_org=${2:?--org needs a value}; shift 2 ;;
    --commit) commit_as_org=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
[[ "$version" =~ ^[A-Za-z0-9][A-Za-z0-9_.+-]*$ ]] || die "invalid version '$version'"
require_chaincode "$chaincode"
if [ -n "$only_org" ]; then
  require_org "$only_org"
  orgs=("$only_org")
else
  [ "$commit_as_org" = false ] || die "--commit goes with --org (without --org every org approves and the definition is committed)"
  orgs=("${GL_ORGS[@]}")
fi
if [ "$chaincode" = "$GL_CHAINCODE" ]; then
  module=chaincode/contract jar_name=greenledger-chaincode.jar package_prefix=
else
  module=chaincode/baseline jar_name=baseline-chaincode.jar package_prefix="$chaincode-"
fi
port_key=$(chaincode_port_key "$chaincode")

state="$GL_STATE/chaincode"
label="${chaincode}_$version"
orderer_org=${GL_ORDERER_ORGS[0]}
orderer="$(cfg "$orderer_org" HOST):$(cfg "$orderer_org" ORDERER_PORT)"
orderer_ca=$(org_ca_cert "$orderer_org")
mkdir -p "$state/packages" "$GL_LOGS"

cli() { # org, then peer CLI arguments; output to the deploy log
  local org=$1; shift
  (peer_cli_env "$org"; peer "$@") 2>>"$GL_LOGS/deploy.log"
}

committed_field() { # field name: sequence | version
  cli "${orgs[0]}" lifecycle chaincode querycommitted -C "$GL_CHANNEL" -n "$chaincode" -O json 2>/dev/null |
    tr -d ' \n' | sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p"
}

committed_present() { [ -n "$(committed_field version)" ]; }

json_pem() { awk '{printf "%s\\n", $0}' "$1"; }

# One package per org: the address of that org's chaincode service, and the TLS material its
# peer uses to reach it (the service's CA, and the peer's client certificate). A package id is
# the hash of the package's bytes, so a package, once made, is kept and reused.
package_for() {
  local org=$1 dir pkg peer_tls
  dir="$state/packages/$package_prefix$org-$version"; pkg="$dir.tgz"; peer_tls="$(org_dir "$org")/peer0/tls"
  if [ ! -s "$pkg" ]; then
    rm -rf "$dir"; mkdir -p "$dir/code"
    cat > "$dir/code/connection.json" <<JSON
{
  "address": "$(cfg "$org" HOST):$(cfg "$org" "$port_key")",
  "dial_timeout": "10s",
  "tls_required": true,
  "client_auth_required": true,
  "root_cert": "$(json_pem "$(org_dir "$org")/chaincode/tls/ca.pem")",
  "client_cert": "$(json_pem "$peer_tls/cert.pem")",
  "client_key": "$(json_pem "$peer_tls/key.pem")"
}
JSON
    tar -C "$dir/code" -czf "$dir/code.tar.gz" connection.json
    printf '{"type":"ccaas","label":"%s"}\n' "$label" > "$dir/metadata.json"
    tar -C "$dir" -czf "$pkg" metadata.json code.tar.gz
    rm -rf "$dir"
  fi
  printf '%s\n' "$pkg"
}

install_package() { # org pkg -> prints the package id
  local org=$1 pkg=$2 id
  id=$(cli "$org" lifecycle chaincode calculatepackageid "$pkg") || die "cannot compute the package id for $org"
  if ! cli "$org" lifecycle chaincode queryinstalled -O json | grep -q "\"$id\""; then
    cli "$org" lifecycle chaincode install "$pkg" >/dev/null || die "install failed on the peer of $org (see $GL_LOGS/deploy.log)"
    log "installed $label on the peer of $org"
  fi
  printf '%s\n' "$id"
}

# approved ORG SEQUENCE: whether ORG's approval of the definition at SEQUENCE is on the channel
# (an org reads its own approval, on its own peer).
approved() {
  cli "$1" lifecycle chaincode queryapproved -C "$GL_CHANNEL" -n "$chaincode" --sequence "$2" -O json >/dev/null 2>&1
}

approve() { # org sequence package-id
  cli "$1" lifecycle chaincode approveformyorg -o "$orderer" --tls --cafile "$orderer_ca" \
    --channelID "$GL_CHANNEL" --name "$chaincode" --version "$version" --sequence "$2" \
    --package-id "$3" --channel-config-policy /Channel/Application/Endorsement \
    >/dev/null || die "approval failed for $1 (see $GL_LOGS/deploy.log)"
  log "approved by $(cfg "$1" MSPID) (sequence $2)"
}

record_deployment() { # org package-id
  printf 'CHAINCODE_ID=%q\nCHAINCODE_JAR=%q\n' "$2" "$state/$chaincode-$version.jar" > "$(chaincode_deployment "$chaincode" "$1")"
}

# majority_approved SEQUENCE: whether more than half of the members approved the definition
# at SEQUENCE (the channel's LifecycleEndorsement, MAJORITY Endorsement, asks no less).
majority_approved() {
  local yes total
  yes=$(cli "${orgs[0]}" lifecycle chaincode checkcommitreadiness -C "$GL_CHANNEL" -n "$chaincode" \
    --version "$version" --sequence "$1" --channel-config-policy /Channel/Application/Endorsement -O json |
    grep -c '": true') || true
  total=${#GL_ORGS[@]}
  log "approved by $yes of $total members at sequence $1"
  [ "$((yes * 2))" -gt "$total" ]
}

commit() { # sequence
  local peers=() org
  majority_approved "$1" || die "a majority of the members must approve $chaincode $version (sequence $1) before the commit"
  # The commit transaction is endorsed by every member's peer that answers; their addresses and
  # TLS CA certificates come from network.conf and the certificates each member handed over.
  for org in "${GL_ORGS[@]}"; do
    peers+=(--peerAddresses "$(cfg "$org" HOST):$(cfg "$org" PEER_PORT)" --tlsRootCertFiles "$(org_ca_cert "$org")")
  done
  cli "${orgs[0]}" lifecycle chaincode commit -o "$orderer" --tls --cafile "$orderer_ca" \
    --channelID "$GL_CHANNEL" --name "$chaincode" --version "$version" --sequence "$1" \
    --channel-config-policy /Channel/Application/Endorsement "${peers[@]}" >/dev/null ||
    die "commit failed (see $GL_LOGS/deploy.log)"
  log "committed $chaincode $version at sequence $1 (endorsement: majority of orgs)"
}

main() {
  is_running "peer-${orgs[0]}" || die "the peer of ${orgs[0]} is not running: scripts/network.sh up"
  if [ "$build" = true ]; then
    log "building the $chaincode chaincode jar"
    (cd "$GL_ROOT" && mvn -q -B -pl "$module" -am -DskipTests package) || die "chaincode build failed"
  fi
  local jar="$GL_ROOT/$module/target/$jar_name"
  local current_version current_sequence sequence org
  current_version=$(committed_field version || true)
  current_sequence=$(committed_field sequence || true)
  if [ "$committed" = true ]; then
    # On a member's own host the commit may come from another member's host a moment before.
    if [ -z "$current_version" ]; then
      wait_until "a $chaincode definition committed on $GL_CHANNEL (seen by the peer of ${orgs[0]})" committed_present
      current_version=$(committed_field version) current_sequence=$(committed_field sequence)
    fi
    version=$current_version label="${chaincode}_$version"
    # The jar this network's services run under that version.
    jar="$state/$chaincode-$version.jar"
  fi
  [ -s "$jar" ] || die "no chaincode jar at $jar"
  # The running services keep their own copy, so a rebuild never swaps code under them.
  [ -s "$state/$chaincode-$version.jar" ] || cp "$jar" "$state/$chaincode-$version.jar"

  declare -A package_ids
  for org in "${orgs[@]}"; do
    package_ids[$org]=$(install_package "$org" "$(package_for "$org")")
  done

  if [ "$current_version" = "$version" ]; then
    log "$chaincode $version is already committed (sequence $current_sequence)"
    # A version names one jar: the services keep running the one deployed under this version.
    if ! cmp -s "$jar" "$state/$chaincode-$version.jar"; then
      log "WARNING: the built jar differs from the deployed $version; deploy it with a new --version"
    fi
    # A member that joined after the commit approves the committed definition at its sequence.
    for org in "${orgs[@]}"; do
      approved "$org" "$current_sequence" || approve "$org" "$current_sequence" "${package_ids[$org]}"
    done
  else
    sequence=$(( ${current_sequence:-0} + 1 ))
    log "deploying $chaincode $version at sequence $sequence (committed: ${current_version:-none})"
    for org in "${orgs[@]}"; do
      approved "$org" "$sequence" || approve "$org" "$sequence" "${package_ids[$org]}"
    done
    if [ -n "$only_org" ] && [ "$commit_as_org" = false ]; then
      log "approved for ${orgs[*]}; once the version is committed (deploy-chaincode.sh --org ORG --commit on the" \
        "committing member's host), start the service: scripts/deploy-chaincode.sh --org ${orgs[*]} --committed"
      return
    fi
    commit "$sequence"
  fi

  # A service still running the previous version's package stops, and starts again below with
  # the committed one.
  local deployment
  for org in "${orgs[@]}"; do
    deployment=$(chaincode_deployment "$chaincode" "$org")
    # shellcheck disable=SC1090 # written by record_deployment
    if [ -f "$deployment" ] && [ "$(. "$deployment"; echo "$CHAINCODE_ID")" != "${package_ids[$org]}" ]; then
      "$GL_ROOT/scripts/network/chaincode.sh" stop "$org" "$chaincode"
    fi
    record_deployment "$org" "${package_ids[$org]}"
  done
  for org in "${orgs[@]}"; do "$GL_ROOT/scripts/network/chaincode.sh" start "$org" "$chaincode"; done
  log "chaincode services of ${orgs[*]} run $version"
}

main
