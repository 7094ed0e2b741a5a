#!/usr/bin/env bash
# Starts (or stops) one organization's Fabric CA. It issues the org's identities (enrollment
# certificates carrying the gl.role attribute) and its TLS certificates.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/../lib/common.sh"

usage() { echo "Usage: scripts/network/ca.sh start|stop ORG" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1 org=$2
require_org "$org"

home="$(org_dir "$org")/ca"
host=$(cfg "$org" HOST)
port=$(cfg "$org" CA_PORT)

case "$action" in
  start)
    mkdir -p "$home"
    # The bootstrap registrar's secret is made once per network and stays with the CA.
    [ -f "$home/registrar.secret" ] || { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$home/registrar.secret"; chmod 600 "$home/registrar.secret"; }
    # Passed in the environment, not on the command line, so it does not show in `ps`.
    FABRIC_CA_SERVER_BOOT="registrar:$(cat "$home/registrar.secret")"
    export FABRIC_CA_SERVER_BOOT
    # On the test and demo network (scripts/network.sh up --test-clock) the clients and chaincode
    # services check TLS certificates against the network clock, which tests move past maturity:
    # certificates last 10 years there, instead of Fabric CA's 1 year (the CA's own: 15 years).
    if [ -f "$GL_CLOCK_FILE" ]; then
      export FABRIC_CA_SERVER_SIGNING_DEFAULT_EXPIRY=87600h FABRIC_CA_SERVER_SIGNING_PROFILES_TLS_EXPIRY=87600h
    fi
    start_process "ca-$org" fabric-ca-server start \
      --home "$home" \
      --ca.name "ca-$org" \
      --csr.cn "ca.$org.greenledger" \
      --csr.hosts "localhost,127.0.0.1,$host" \
      --address "$host" --port "$port" \
      --tls.enabled \
      --operations.listenaddress "$host:$(cfg "$org" CA_OPS_PORT)" \
      --metrics.provider prometheus
    wait_healthy "ca-$org" "CA of $org" test -s "$home/ca-cert.pem"
    wait_healthy "ca-$org" "CA of $org on $host:$port" healthy "https://$host:$port/cainfo" "$home/ca-cert.pem"
    ;;
  stop) stop_process "ca-$org" ;;
  *) usage ;;
esac
