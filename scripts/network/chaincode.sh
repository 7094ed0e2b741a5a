#!/usr/bin/env bash
# Starts (or stops) one organization's chaincode service (CCaaS): GreenLedger's, or the
# benchmarks' baseline (scripts/bench.sh). Each org runs its own chaincode process, so no org
# endorses with code another org operates.
# The package id and jar come from the last deployment (scripts/deploy-chaincode.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/../lib/common.sh"

usage() { echo "Usage: scripts/network/chaincode.sh start|stop ORG [CHAINCODE]" >&2; exit 2; }
[ $# -eq 2 ] || [ $# -eq 3 ] || usage
action=$1 org=$2 chaincode=${3:-$GL_CHAINCODE}
require_org "$org"
require_chaincode "$chaincode"

deployment=$(chaincode_deployment "$chaincode" "$org")
process=$(chaincode_process "$chaincode" "$org")
tls="$(org_dir "$org")/chaincode/tls"
address="$(cfg "$org" HOST):$(cfg "$org" "$(chaincode_port_key "$chaincode")")"

case "$action" in
  start)
    [ -f "$deployment" ] || die "no $chaincode chaincode deployed for $org (scripts/deploy-chaincode.sh)"
    # shellcheck disable=SC1090
    . "$deployment"   # CHAINCODE_ID, CHAINCODE_JAR
    export CHAINCODE_SERVER_ADDRESS="$address"
    export CORE_CHAINCODE_ID_NAME="$CHAINCODE_ID"
    export CORE_PEER_TLS_ENABLED=true
    export CORE_TLS_CLIENT_CERT_FILE="$tls/cert.pem"
    export CORE_TLS_CLIENT_KEY_FILE="$tls/key.pem"
    # The shim also reads its client-mode variables when it runs as a server: files holding
    # the base64 of the PEM certificate and key (as the peer hands them to launched chaincode).
    base64 -w0 "$tls/cert.pem" > "$tls/cert.b64"
    base64 -w0 "$tls/key.pem" > "$tls/key.b64"
    chmod 600 "$tls/key.b64"
    export CORE_TLS_CLIENT_CERT_PATH="$tls/cert.b64" CORE_TLS_CLIENT_KEY_PATH="$tls/key.b64"
    export CORE_PEER_TLS_ROOTCERT_FILE="$tls/ca.pem"
    # Only clients with a certificate from this org's CA (its peer) may call the service.
    export GL_CHAINCODE_CLIENT_CA_FILE="$tls/ca.pem"
    # GreenLedger's service serves its Prometheus metrics to the org's monitor (scripts/network.sh metrics).
    if [ "$chaincode" = "$GL_CHAINCODE" ]; then
      export GL_CHAINCODE_METRICS_ADDRESS="$(cfg "$org" HOST):$(cfg "$org" CHAINCODE_OPS_PORT)"
    fi
    read -r -a java_opts <<<"${GL_CHAINCODE_JAVA_OPTS:--Xmx256m}"
    # GL_PROPOSAL_TIME_WINDOW (seconds), when set, reaches the service from this environment: how
    # far a proposal's timestamp may be from the service's clock. On the test and demo network
    # that clock is the network clock (scripts/network.sh clock); elsewhere the real one.
    (network_clock_env; start_process "$process" java "${java_opts[@]}" -jar "$CHAINCODE_JAR")
    wait_healthy "$process" "$chaincode service of $org on $address" bash -c "exec 3<>/dev/tcp/${address%:*}/${address##*:}"
    ;;
  stop) stop_process "$process" ;;
  *) usage ;;
esac
