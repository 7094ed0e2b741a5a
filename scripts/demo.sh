#!/usr/bin/env bash
# GreenLedger's main job (README): on a fresh machine it installs what is missing, starts the
# consortium network, deploys the chaincode and runs the story: chapters 1-15 through the client
# SDK (client/demo), then the coupon day and the reports through the operators' CLI, which is
# built on the SDK. The network keeps running afterwards; stop it with scripts/network.sh down.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"
. "$GL_ROOT/scripts/lib/prerequisites.sh"

cd "$GL_ROOT"
# faketime: the coupon day runs the issuer's CLI with its clock at the coupon's dates (below)
ensure_prerequisites faketime:faketime
scripts/install-fabric.sh
log "building GreenLedger"
mvn -B -q install -DskipTests
scripts/network.sh up
scripts/deploy-chaincode.sh --skip-build
log "running the scenario through the SDK"
mvn -B -q -pl client exec:java -Dexec.mainClass=org.greenledger.client.demo.Demo -Dexec.args="$GL_STATE"

# What the SDK's chapters left for these: BOND_ID, CASH_TOKEN, RECORD_DATE, PAYMENT_DATE, IMPACT_FROM, IMPACT_TO.
# shellcheck disable=SC1091
. "$GL_STATE/demo/story.env"
step() { printf '\n%s\n' "$*"; }
say() { printf '     %s\n' "$*"; }
# cli ORG ARGS...: the operators' CLI as ORG's operator (GL_USER overrides), indented under the story.
cli() { local org=$1; shift; scripts/greenledger --org "$org" "$@" 2>&1 | sed 's/^/     /'; }
# on DATE ORG ARGS...: the same with the CLI's clock at DATE, 09:00 UTC.
on() {
  local date=$1 org=$2; shift 2
  TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$date 09:00:00" scripts/greenledger --org "$org" "$@" 2>&1 \
    | sed 's/^/     /'
}

step "16. The first coupon, paid with the operators' CLI on its record and payment dates"
say "The ledger's clock is each transaction's timestamp, which the client signs. Today the coupon is"
say "not due, and the ledger says so; the issuer's CLI then runs with its clock at the record date and"
say "at the payment date (libfaketime), as BondServicingIT does through the SDK."
if cli banka bond fix-record-date "$BOND_ID" --period 1; then
  die "the ledger fixed a record date before it came"
fi
say "record date $RECORD_DATE: the holders are fixed"
on "$RECORD_DATE" banka bond fix-record-date "$BOND_ID" --period 1
say "payment date $PAYMENT_DATE: each holder is paid in Bank A's deposit tokens"
on "$PAYMENT_DATE" banka bond pay-coupon "$BOND_ID" --period 1 --cash-token "$CASH_TOKEN"
GL_USER=viewer cli regulator bond holders "$BOND_ID" --period 1

step "17. The reports, read by the regulator with the operators' CLI"
say "Allocation report:"
GL_USER=viewer cli regulator report allocation "$BOND_ID"
say ""
say "Impact report, $IMPACT_FROM to $IMPACT_TO:"
GL_USER=viewer cli regulator report impact "$BOND_ID" --from "$IMPACT_FROM" --to "$IMPACT_TO"

step "Demo complete."
log "the network is still up: scripts/network.sh status | down | clean"
log "try the CLI: scripts/greenledger --org banka bond show $BOND_ID   (scripts/greenledger --help)"
