#!/usr/bin/env bash
# Starts (or stops) one organization's BFT orderer. Orderers have no system channel: they join
# the application channel through the channel participation (admin) API.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/../lib/common.sh"

usage() { echo "Usage: scripts/network/orderer.sh start|stop ORG" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1 org=$2
require_org "$org"
runs_orderer "$org" || die "$org runs no orderer (see GL_ORDERER_ORGS in network.conf)"

node="$(org_dir "$org")/orderer0"
host=$(cfg "$org" HOST)
ops="$host:$(cfg "$org" ORDERER_OPS_PORT)"

case "$action" in
  start)
    [ -s "$node/msp/signcerts/cert.pem" ] || die "orderer0 of $org is not enrolled (scripts/network/enroll.sh $org)"
    mkdir -p "$node/data"
    config=$(node_config_dir)
    msp_id=$(cfg "$org" MSPID)
    port=$(cfg "$org" ORDERER_PORT)
    cluster_port=$(cfg "$org" ORDERER_CLUSTER_PORT)
    admin_address="$host:$(cfg "$org" ORDERER_ADMIN_PORT)"
    export \
      FABRIC_CFG_PATH="$config" \
      FABRIC_LOGGING_SPEC="${GL_ORDERER_LOGGING:-INFO}" \
      ORDERER_GENERAL_LISTENADDRESS="$host" \
      ORDERER_GENERAL_LISTENPORT="$port" \
      ORDERER_GENERAL_LOCALMSPID="$msp_id" \
      ORDERER_GENERAL_LOCALMSPDIR="$node/msp" \
      ORDERER_GENERAL_BOOTSTRAPMETHOD=none \
      ORDERER_GENERAL_TLS_ENABLED=true \
      ORDERER_GENERAL_TLS_CERTIFICATE="$node/tls/cert.pem" \
      ORDERER_GENERAL_TLS_PRIVATEKEY="$node/tls/key.pem" \
      ORDERER_GENERAL_TLS_ROOTCAS="[$node/tls/ca.pem]" \
      ORDERER_GENERAL_CLUSTER_LISTENADDRESS="$host" \
      ORDERER_GENERAL_CLUSTER_LISTENPORT="$cluster_port" \
      ORDERER_GENERAL_CLUSTER_SERVERCERTIFICATE="$node/tls/cert.pem" \
      ORDERER_GENERAL_CLUSTER_SERVERPRIVATEKEY="$node/tls/key.pem" \
      ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$node/tls/cert.pem" \
      ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$node/tls/key.pem" \
      ORDERER_FILELEDGER_LOCATION="$node/data/ledger" \
      ORDERER_CONSENSUS_WALDIR="$node/data/wal" \
      ORDERER_CONSENSUS_SNAPDIR="$node/data/snapshot" \
      ORDERER_ADMIN_LISTENADDRESS="$admin_address" \
      ORDERER_ADMIN_TLS_ENABLED=true \
      ORDERER_ADMIN_TLS_CERTIFICATE="$node/tls/cert.pem" \
      ORDERER_ADMIN_TLS_PRIVATEKEY="$node/tls/key.pem" \
      ORDERER_ADMIN_TLS_ROOTCAS="[$node/tls/ca.pem]" \
      ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
      ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$node/tls/ca.pem]" \
      ORDERER_CHANNELPARTICIPATION_ENABLED=true \
      ORDERER_OPERATIONS_LISTENADDRESS="$ops" \
      ORDERER_OPERATIONS_TLS_ENABLED=true \
      ORDERER_OPERATIONS_TLS_CERTIFICATE="$node/tls/cert.pem" \
      ORDERER_OPERATIONS_TLS_PRIVATEKEY="$node/tls/key.pem" \
      ORDERER_OPERATIONS_TLS_CLIENTROOTCAS="[$node/tls/ca.pem]" \
      ORDERER_METRICS_PROVIDER=prometheus
    start_process "orderer-$org" orderer
    wait_healthy "orderer-$org" "orderer of $org ($ops/healthz)" healthy "https://$ops/healthz" "$node/tls/ca.pem"
    ;;
  stop) stop_process "orderer-$org" ;;
  *) usage ;;
esac
