#!/usr/bin/env bash
# Starts (or stops) one organization's peer: TLS on every port, LevelDB state, the Fabric
# Gateway, and GreenLedger's chaincode-as-a-service builder instead of Docker.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/../lib/common.sh"

usage() { echo "Usage: scripts/network/peer.sh start|stop ORG" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1 org=$2
require_org "$org"

node="$(org_dir "$org")/peer0"
host=$(cfg "$org" HOST)
address="$host:$(cfg "$org" PEER_PORT)"
ops="$host:$(cfg "$org" PEER_OPS_PORT)"

case "$action" in
  start)
    [ -s "$node/msp/signcerts/cert.pem" ] || die "peer0 of $org is not enrolled (scripts/network/enroll.sh $org)"
    mkdir -p "$node/data"
    config=$(node_config_dir)
    msp_id=$(cfg "$org" MSPID)
    chaincode_address="$host:$(cfg "$org" PEER_CC_PORT)"
    # Fabric's own core.yaml, with this node's settings on top as environment overrides.
    export \
      FABRIC_CFG_PATH="$config" \
      FABRIC_LOGGING_SPEC="${GL_PEER_LOGGING:-INFO}" \
      CORE_PEER_ID="peer0.$org" \
      CORE_PEER_ADDRESS="$address" \
      CORE_PEER_LISTENADDRESS="$address" \
      CORE_PEER_CHAINCODEADDRESS="$chaincode_address" \
      CORE_PEER_CHAINCODELISTENADDRESS="$chaincode_address" \
      CORE_PEER_GOSSIP_BOOTSTRAP="$address" \
      CORE_PEER_GOSSIP_EXTERNALENDPOINT="$address" \
      CORE_PEER_LOCALMSPID="$msp_id" \
      CORE_PEER_MSPCONFIGPATH="$node/msp" \
      CORE_PEER_TLS_ENABLED=true \
      CORE_PEER_TLS_CERT_FILE="$node/tls/cert.pem" \
      CORE_PEER_TLS_KEY_FILE="$node/tls/key.pem" \
      CORE_PEER_TLS_ROOTCERT_FILE="$node/tls/ca.pem" \
      CORE_PEER_FILESYSTEMPATH="$node/data" \
      CORE_PEER_GATEWAY_ENABLED=true \
      CORE_LEDGER_STATE_STATEDATABASE=goleveldb \
      CORE_LEDGER_SNAPSHOTS_ROOTDIR="$node/data/snapshots" \
      CORE_OPERATIONS_LISTENADDRESS="$ops" \
      CORE_OPERATIONS_TLS_ENABLED=true \
      CORE_OPERATIONS_TLS_CERT_FILE="$node/tls/cert.pem" \
      CORE_OPERATIONS_TLS_KEY_FILE="$node/tls/key.pem" \
      CORE_OPERATIONS_TLS_CLIENTROOTCAS_FILES="$node/tls/ca.pem" \
      CORE_METRICS_PROVIDER=prometheus \
      CORE_CHAINCODE_EXTERNALBUILDERS="[{name: greenledger-ccaas, path: $GL_ROOT/network/builders/ccaas}]"
    start_process "peer-$org" peer node start
    wait_healthy "peer-$org" "peer of $org ($ops/healthz)" healthy "https://$ops/healthz" "$node/tls/ca.pem"
    ;;
  stop) stop_process "peer-$org" ;;
  *) usage ;;
esac
