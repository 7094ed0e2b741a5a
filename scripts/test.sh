#!/usr/bin/env bash
# GreenLedger's test command (README): on a fresh machine it installs what is missing, runs the
# unit tests, starts a clean network, deploys the chaincode, runs the integration tests against
# the real network, checks that an upgrade and a restart keep the ledger, and stops the network.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"
. "$GL_ROOT/scripts/lib/prerequisites.sh"

cd "$GL_ROOT"
ensure_prerequisites
scripts/install-fabric.sh

log "unit tests"
mvn -B install

log "starting a clean network"
scripts/network.sh clean
trap 'scripts/network.sh down || true' EXIT
scripts/network.sh up
scripts/deploy-chaincode.sh --skip-build

log "integration tests on the real network"
mvn -B -pl client verify -Pintegration

# What the ledger holds, as members and a custodian's accounts, read through the chaincode.
fingerprint() {
  (
    peer_cli_env banka
    peer chaincode query -C "$GL_CHANNEL" -n "$GL_CHAINCODE" -c '{"Args":["governance:ListOrgs"]}'
    peer chaincode query -C "$GL_CHANNEL" -n "$GL_CHAINCODE" -c '{"Args":["accounts:ListAccounts","BankAMSP","200",""]}'
  ) | sha256sum | cut -d' ' -f1
}
expect_same() { # what before after
  [ "$2" = "$3" ] || die "$1 changed the ledger's content ($2 -> $3)"
  log "$1 kept the ledger's content ($3)"
}

before=$(fingerprint)
log "upgrading the chaincode to a new version"
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
scripts/deploy-chaincode.sh --skip-build --version "$version+upgrade-check"
expect_same "the upgrade" "$before" "$(fingerprint)"

log "restarting the network (down, then up on the same ledgers)"
height=$(scripts/network.sh height peer-alliance)
scripts/network.sh down
scripts/network.sh up
[ "$(scripts/network.sh height peer-alliance)" -ge "$height" ] || die "the peer's ledger is shorter after the restart"
expect_same "the restart" "$before" "$(fingerprint)"

log "integration tests after the upgrade and the restart"
mvn -B -pl client verify -Pintegration -Dit.test='GovernanceIT,AccountsIT,EndorsementPolicyIT,BondsIT,ComplianceIT,BondMarketIT,BondServicingIT,UseOfProceedsIT,CarbonCreditsIT,CliIT'

log "all tests passed"
