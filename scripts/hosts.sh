#!/usr/bin/env bash
# The members' hosts, on one machine: every founding org runs in its own Linux network namespace
# (its own address on a bridge this script makes) with its own state folder, and sets itself up by
# the per-host procedure of the README ("Running a member's node on its own host"), step by step,
# each step on the host that does it. Only public certificates and the genesis block travel between
# hosts (scripts/network/exchange.sh, through an exchange folder); each host's processes see no
# other host's state folder: every command on a host runs in a mount namespace where the others'
# folders are empty. scripts/test.sh runs the integration scenario through the SDK against it.
# Needs root (namespaces, a bridge, veth pairs); without them it fails and says why.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"

HOSTS=${GL_HOSTS_DIR:-"$GL_ROOT/.hosts"}
# The hosts' addresses: SUBNET.11, .12, ... in network.conf's order; the machine itself is SUBNET.1.
SUBNET=${GL_HOSTS_SUBNET:-10.213.47}
BRIDGE=gl-hosts
EXCHANGE="$HOSTS/exchange"
# The member that makes the channel's genesis block and commits the chaincode definition.
COORDINATOR=${GL_FOUNDING_ORGS[0]}
orgs=("${GL_FOUNDING_ORGS[@]}")

usage() {
  cat <<USAGE
Usage: scripts/hosts.sh up | down | clean | status | addresses
  up         make a network namespace per org (${orgs[*]}) on bridge $BRIDGE ($SUBNET.0/24), then on
             each one run the README's per-host procedure: CA and identities, certificates handed over,
             genesis block by $COORDINATOR, orderer and peer joined, chaincode installed, approved,
             committed by $COORDINATOR once a majority approved, and each org's service started
  down       stop every host's processes, remove the namespaces and the bridge (state kept)
  clean      down, and delete the hosts' state ($HOSTS)
  status     each host's processes
  check      prove the separation: every node runs in its own org's namespace and sees no other
             host's state folder; a host holds nothing of another org but the public files
             exchange.sh hands over; the exchange folder holds no private key
  addresses  ORG ADDRESS, one line per host
State: $HOSTS/ORG (one folder per host), $HOSTS/exchange (what the hosts hand each other),
$HOSTS/network.conf (network.conf with each org's address).
USAGE
}

address_of() { # org -> its host's address
  local i
  for i in "${!orgs[@]}"; do [ "${orgs[$i]}" != "$1" ] || { echo "$SUBNET.$((i + 11))"; return; }; done
  die "no host for $1"
}
namespace_of() { echo "gl-$1"; }

# on_host ORG COMMAND...: runs COMMAND on ORG's host: in its network namespace, with its own state
# folder and the hosts' network.conf, in a mount namespace where every other host's state folder
# is an empty, read-only folder. The nodes it starts stay in both namespaces.
on_host() {
  local org=$1 other hidden=(); shift
  for other in "${orgs[@]}"; do
    if [ "$other" != "$org" ] && [ -d "$HOSTS/$other" ]; then hidden+=("$HOSTS/$other"); fi
  done
  # shellcheck disable=SC2016 # the inner script expands its own arguments
  ip netns exec "$(namespace_of "$org")" unshare --mount --propagation private \
    env GL_STATE="$HOSTS/$org" GL_NETWORK_CONF="$HOSTS/network.conf" \
    bash -c 'for d in "${@:2:$1}"; do mount -t tmpfs -o ro,size=4k gl-hidden "$d" || exit 1; done; shift $(($1 + 1)); exec "$@"' \
    on-host "${#hidden[@]}" "${hidden[@]}" "$@"
}

require_namespaces() {
  local why=
  [ "$(id -u)" = 0 ] || why="it needs root (network namespaces, a bridge, veth pairs), and runs as $(id -un)"
  [ -n "$why" ] || command -v ip >/dev/null || why="the 'ip' command (iproute2) is missing"
  [ -n "$why" ] || command -v unshare >/dev/null || why="the 'unshare' command (util-linux) is missing"
  [ -z "$why" ] || die "network namespaces cannot be made on this machine: $why"
}

namespaces_up() {
  local org ns
  require_namespaces
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link add "$BRIDGE" type bridge || die "network namespaces cannot be made on this machine: no bridge $BRIDGE"
    ip addr add "$SUBNET.1/24" dev "$BRIDGE"
    ip link set "$BRIDGE" up
  fi
  for org in "${orgs[@]}"; do
    ns=$(namespace_of "$org")
    ip netns list | grep -qw "^$ns" && continue
    ip netns add "$ns" || die "network namespaces cannot be made on this machine: ip netns add $ns failed"
    ip link add "$ns" type veth peer name eth0 netns "$ns" || die "network namespaces cannot be made on this machine: no veth pair for $ns"
    ip link set "$ns" master "$BRIDGE" up
    ip -n "$ns" addr add "$(address_of "$org")/24" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" link set lo up
    log "host of $org: namespace $ns, address $(address_of "$org")"
  done
}

namespaces_down() {
  local org ns
  for org in "${orgs[@]}"; do
    ns=$(namespace_of "$org")
    ! ip netns list 2>/dev/null | grep -qw "^$ns" || ip netns del "$ns"
  done
  ! ip link show "$BRIDGE" >/dev/null 2>&1 || ip link del "$BRIDGE"
}

# network.conf as every host has it: the same file, each org's *_HOST its host's address.
write_network_conf() {
  local org
  mkdir -p "$HOSTS"
  {
    echo "# Written by scripts/hosts.sh: network.conf with the address of each org's host."
    for org in "${orgs[@]}"; do printf '%s_HOST=%s\n' "$org" "$(address_of "$org")"; done
    printf '. %q\n' "$GL_ROOT/network/network.conf"
  } > "$HOSTS/network.conf"
}

up() {
  local org steps="$GL_ROOT/scripts/network"
  [ -x "$FABRIC_BIN/peer" ] || die "Fabric is not installed: run scripts/install-fabric.sh"
  [ -s "$GL_ROOT/chaincode/contract/target/greenledger-chaincode.jar" ] ||
    die "no chaincode jar: build it first (mvn -B -pl chaincode/contract -am -DskipTests package)"
  namespaces_up
  write_network_conf
  mkdir -p "$EXCHANGE"
  for org in "${orgs[@]}"; do mkdir -p "$HOSTS/$org"; done

  log "1. each host: its CA, its identities, its public certificates handed over"
  for org in "${orgs[@]}"; do
    on_host "$org" "$steps/ca.sh" start "$org"
    on_host "$org" "$steps/enroll.sh" "$org"
    on_host "$org" "$steps/exchange.sh" publish "$org" "$EXCHANGE"
  done
  log "2. $COORDINATOR: the channel's genesis block from every member's certificates, handed over"
  on_host "$COORDINATOR" "$steps/exchange.sh" receive "$EXCHANGE"
  on_host "$COORDINATOR" "$steps/channel.sh" genesis
  on_host "$COORDINATOR" "$steps/exchange.sh" publish "$COORDINATOR" "$EXCHANGE"
  log "3. each host: the others' certificates and the block received, its orderer and peer started and joined"
  for org in "${orgs[@]}"; do
    on_host "$org" "$steps/exchange.sh" receive "$EXCHANGE"
    ! runs_orderer "$org" || on_host "$org" "$steps/orderer.sh" start "$org"
    on_host "$org" "$steps/peer.sh" start "$org"
    on_host "$org" "$steps/channel.sh" join "$org"
  done
  log "4. each host: its chaincode package installed and the definition approved; $COORDINATOR commits; each starts its service"
  for org in "${orgs[@]}"; do
    [ "$org" = "$COORDINATOR" ] || on_host "$org" "$GL_ROOT/scripts/deploy-chaincode.sh" --org "$org" --skip-build
  done
  on_host "$COORDINATOR" "$GL_ROOT/scripts/deploy-chaincode.sh" --org "$COORDINATOR" --commit --skip-build
  for org in "${orgs[@]}"; do
    [ "$org" = "$COORDINATOR" ] || on_host "$org" "$GL_ROOT/scripts/deploy-chaincode.sh" --org "$org" --committed
  done
  log "the members' hosts are up: $(for org in "${orgs[@]}"; do printf '%s %s  ' "$org" "$(address_of "$org")"; done)"
}

down() {
  local org
  for org in "${orgs[@]}"; do
    # Each host stops what it started (the pid files are in its own state folder).
    if [ -d "$HOSTS/$org/pids" ]; then
      if ip netns list 2>/dev/null | grep -qw "^$(namespace_of "$org")"; then
        on_host "$org" "$GL_ROOT/scripts/network.sh" down
      else
        GL_STATE="$HOSTS/$org" GL_NETWORK_CONF="$HOSTS/network.conf" "$GL_ROOT/scripts/network.sh" down
      fi
    fi
  done
  namespaces_down
  log "the members' hosts are down (state kept in $HOSTS)"
}

# The proof that the hosts are apart, as far as one machine can show it.
check() {
  local org other pid name file failures=0 expected actual nodes
  fail() { log "FAILED: $*"; failures=$((failures + 1)); }
  for org in "${orgs[@]}"; do
    nodes=0
    for file in "$HOSTS/$org"/pids/*.pid; do
      [ -e "$file" ] || continue
      name=$(basename "$file" .pid) pid=$(cat "$file")
      kill -0 "$pid" 2>/dev/null || { fail "$name of $org is not running"; continue; }
      nodes=$((nodes + 1))
      [ "$(ip netns identify "$pid")" = "$(namespace_of "$org")" ] || fail "$name runs outside $(namespace_of "$org")"
      for other in "${orgs[@]}"; do
        [ "$other" = "$org" ] || [ -z "$(ls -A "/proc/$pid/root$HOSTS/$other" 2>/dev/null)" ] ||
          fail "$name of $org sees the state folder of $other"
      done
    done
    [ "$nodes" -gt 0 ] || fail "no node runs on the host of $org"
    for other in "${orgs[@]}"; do
      [ "$other" != "$org" ] || continue
      expected=$("$GL_ROOT/scripts/network/exchange.sh" public-files "$other" | sort)
      actual=$(cd "$HOSTS/$org/orgs/$other" 2>/dev/null && find . -type f | sed 's#^\./##' | sort)
      [ "$actual" = "$expected" ] || fail "the host of $org holds other files of $other than its public certificates: $(comm -13 <(echo "$expected") <(echo "$actual") | tr '\n' ' ')"
    done
    log "host of $org: $nodes nodes in $(namespace_of "$org") at $(address_of "$org"), the others' folders hidden; of the other orgs only their public certificates"
  done
  file=$(find "$EXCHANGE" -type f \( -name '*_sk' -o -name 'key*' -o -path '*keystore*' -o -name '*.secret' \) | head -n 1)
  [ -z "$file" ] || fail "a private key in the exchange folder: $file"
  [ "$failures" -eq 0 ] || die "$failures checks failed"
  log "the hosts are apart: ${#orgs[@]} namespaces, nothing private exchanged"
}

status() {
  local org
  for org in "${orgs[@]}"; do
    printf '%s (%s)\n' "$org" "$(address_of "$org")"
    [ -d "$HOSTS/$org" ] || { echo "  no state"; continue; }
    on_host "$org" "$GL_ROOT/scripts/network.sh" status | sed 's/^/  /'
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  clean) down; rm -rf "$HOSTS"; log "removed $HOSTS" ;;
  status) status ;;
  check) check ;;
  addresses) for org in "${orgs[@]}"; do printf '%s %s\n' "$org" "$(address_of "$org")"; done ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
