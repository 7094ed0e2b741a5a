#!/usr/bin/env bash
# GreenLedger's main job (README): on a fresh machine it installs what is missing, starts the
# consortium network, deploys the chaincode and runs the story: chapters 1-15 through the client
# SDK (client/demo), then the coupon day and the reports through the operators' CLI, which is
# built on the SDK; last it starts the regulator's console (scripts/console) in the background on
# 127.0.0.1, port GL_CONSOLE_PORT (default 7080), over the story's bond, tokens and carbon project.
# The network and the console keep running afterwards; scripts/network.sh down stops both.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"
. "$GL_ROOT/scripts/lib/prerequisites.sh"

cd "$GL_ROOT"
# faketime: the demo network's clock (libfaketime), which the coupon day moves to the coupon's
# dates (below)
ensure_prerequisites faketime:faketime
scripts/install-fabric.sh
log "building GreenLedger"
mvn -B -q install -DskipTests
# The demo's own network, on a network clock: every org's chaincode service and the clients
# (the SDK's story, the CLI) share it, and chapter 16 moves it.
scripts/network.sh up --test-clock
# The story starts today, also on a network an interrupted run left at a coupon date.
scripts/network.sh clock reset >/dev/null
scripts/deploy-chaincode.sh --skip-build
log "running the scenario through the SDK"
(network_clock_env; exec mvn -B -q -pl client/cli exec:java -Dexec.mainClass=org.greenledger.client.demo.Demo -Dexec.args="$GL_STATE")

# What the SDK's chapters left for these: BOND_ID, CASH_TOKEN, CASH_TOKEN_B, CARBON_PROJECT,
# INVESTOR_A, INVESTOR_B, RECORD_DATE, PAYMENT_DATE, IMPACT_FROM, IMPACT_TO.
# shellcheck disable=SC1091
. "$GL_STATE/demo/story.env"
step() { printf '\n%s\n' "$*"; }
say() { printf '     %s\n' "$*"; }
# cli ORG ARGS...: the operators' CLI as ORG's operator (GL_USER overrides), indented under the
# story. It runs on the network's clock (scripts/greenledger).
cli() { local org=$1; shift; scripts/greenledger --org "$org" "$@" 2>&1 | sed 's/^/     /'; }
# network_clock set WHEN | reset: the whole network's clock (scripts/network.sh clock), indented.
network_clock() { scripts/network.sh clock "$@" 2>&1 | sed 's/^/     /'; }

step "16. The first coupon, paid with the operators' CLI on its record and payment dates"
say "The ledger's clock is each transaction's timestamp, which the client signs, and every org's"
say "chaincode service refuses a stamp far from its own clock. Today the coupon is not due, and the"
say "ledger says so. Then the whole network's clock (every org's chaincode service and the clients)"
say "is moved to the record date, then to the payment date."
if cli banka bond fix-record-date "$BOND_ID" --period 1; then
  die "the ledger fixed a record date before it came"
fi
say "record date $RECORD_DATE: the network's clock moves there, and the holders are fixed"
network_clock set "$RECORD_DATE"
cli banka bond fix-record-date "$BOND_ID" --period 1
say "payment date $PAYMENT_DATE: the network's clock moves on, and each holder is paid in Bank A's"
say "deposit tokens"
network_clock set "$PAYMENT_DATE"
cli banka bond pay-coupon "$BOND_ID" --period 1 --cash-token "$CASH_TOKEN"
GL_USER=viewer cli regulator bond holders "$BOND_ID" --period 1
say "the network's clock is back to today"
network_clock reset

step "17. The reports, read by the regulator with the operators' CLI"
say "Allocation report:"
GL_USER=viewer cli regulator report allocation "$BOND_ID"
say ""
say "Impact report, $IMPACT_FROM to $IMPACT_TO:"
GL_USER=viewer cli regulator report impact "$BOND_ID" --from "$IMPACT_FROM" --to "$IMPACT_TO"

step "18. The supervisor's console: the regulator's, as its viewer, over what the story wrote"
# A console a previous run left serves that run's assets: this run's replaces it.
console_port=${GL_CONSOLE_PORT:-7080}
console_url="http://127.0.0.1:$console_port"
stop_process console-regulator
start_process console-regulator scripts/console --org regulator --port "$console_port" \
  --bond "$BOND_ID" --token "$CASH_TOKEN,$CASH_TOKEN_B" --project "$CARBON_PROJECT"
wait_healthy console-regulator "the console at $console_url" curl -sf --max-time 5 -o /dev/null "$console_url/static/console.css"
say "market overview        $console_url/"
say "the bond, its holders  $console_url/bond?isin=$BOND_ID&period=1"
say "the carbon project     $console_url/carbon?project=$CARBON_PROJECT"
say "reporting pack         $console_url/pack"
say "log $GL_LOGS/console-regulator.log; scripts/network.sh down stops it with the network"

step "Demo complete."
log "the network is still up: scripts/network.sh status | down | clean"
log "the regulator's console: $console_url/ (another org's: scripts/console --org bankb --port 7081)"
log "try the CLI: scripts/greenledger --org banka bond show $BOND_ID   (scripts/greenledger --help)"
