#!/usr/bin/env bash
# GreenLedger's test command (README): on a fresh machine it installs what is missing, runs the
# unit tests, starts a clean network, deploys the chaincode, runs the integration tests against
# the real network and a smoke run of the benchmark, adds a member to the running channel, checks
# that an upgrade and a restart keep the ledger, stops the network, and then runs the integration
# scenario again on the members' hosts: each org in its own network namespace (scripts/hosts.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"
. "$GL_ROOT/scripts/lib/prerequisites.sh"

cd "$GL_ROOT"
# faketime: the test network's clock (libfaketime), which the integration tests move to coupon
# dates and maturity (scripts/network.sh clock set); softhsm2: the PKCS#11 token the HSM signing
# tests use (the SDK's, the CLI's and HsmSigningIT), which fail without it; chromium and its
# chromedriver: the console's browser tests (ConsoleBrowserTest, and ConsoleBrowserIT on the network,
# whose screenshots land in client/it/target/screenshots), which fail without them; iproute2 (ip):
# the members' hosts as network namespaces (scripts/hosts.sh)
ensure_prerequisites faketime:faketime softhsm2-util:softhsm2 chromium:chromium chromedriver:chromium-driver ip:iproute2
scripts/install-fabric.sh

log "unit tests"
mvn -B install

log "starting a clean network, on a test clock the integration tests move"
scripts/network.sh clean
trap 'scripts/network.sh down || true' EXIT
scripts/network.sh up --test-clock
scripts/deploy-chaincode.sh --skip-build

# The test JVM (forked by Maven, which passes its environment on) runs on the network clock, as
# the chaincode services do: a test that moves the clock moves it for both.
log "integration tests on the real network"
(network_clock_env; exec mvn -B -pl client/it verify -Pintegration)
# The peer CLI below is a Go program on the real clock: its proposals must be in the services' window.
scripts/network.sh clock reset

# The benchmark, a few operations of each workload, so that scripts/bench.sh cannot rot; it asserts
# nothing about speed (README "Benchmarks"). Its baseline chaincode then stays deployed through the
# upgrade and the restart below.
log "benchmark smoke run"
scripts/bench.sh --smoke

# A sixth org joins the running channel (README "Adding a member"): scripts/add-member.sh bankc,
# run by AddMemberIT, which then checks the majority over six orgs and Bank C's clients trading.
# The upgrade, the restart and the integration tests below then run on the six orgs.
log "a new member joins the running channel (scripts/add-member.sh bankc, AddMemberIT)"
(network_clock_env; exec mvn -B -pl client/it verify -Pintegration -Dit.test=AddMemberIT)
scripts/network.sh clock reset

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
# No --test-clock: the clock file stays in the state folder, and the services start on it again.
scripts/network.sh up
[ "$(scripts/network.sh height peer-alliance)" -ge "$height" ] || die "the peer's ledger is shorter after the restart"
expect_same "the restart" "$before" "$(fingerprint)"

log "integration tests after the upgrade and the restart"
(network_clock_env; exec mvn -B -pl client/it verify -Pintegration -Dit.test='GovernanceIT,AccountsIT,EndorsementPolicyIT,BondsIT,ComplianceIT,BondMarketIT,BondServicingIT,UseOfProceedsIT,CarbonCreditsIT,CliIT,AddMemberIT')
scripts/network.sh down

# The members' hosts (README "Running a member's node on its own host"): each founding org in its
# own network namespace, with its own address and state folder, set up by the README's per-host
# steps; only public certificates and the genesis block travel. The scenario then runs through the
# SDK as each org's clients on its own host, a cross-bank DvP trade among it (BondMarketIT). The
# tests that stop nodes or move the clock need the one-folder network's scripts, and ran above.
log "the members' hosts: each org in its own network namespace (scripts/hosts.sh)"
hosts_dir="$GL_ROOT/.hosts"
trap 'scripts/hosts.sh down || true' EXIT
scripts/hosts.sh clean
scripts/hosts.sh up
scripts/hosts.sh check
mvn -B -pl client/it verify -Pintegration -Dgl.network.hosts="$hosts_dir" -Dgl.network.state="$hosts_dir/none" \
  -Dit.test='GovernanceIT,AccountsIT,EndorsementPolicyIT,BondsIT,ComplianceIT,BondMarketIT,CashTransfersIT,CarbonCreditsIT,ReplayIT,SdkIT'
scripts/hosts.sh down

log "all tests passed"
