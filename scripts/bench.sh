#!/usr/bin/env bash
# GreenLedger's benchmark (README "Benchmarks"), on the network scripts/demo.sh left running:
# deploys the baseline chaincode (chaincode/baseline: a blind write and a single-key token) beside
# GreenLedger with the same endorsement policy and chaincode-as-a-service setup, then runs each
# workload through the SDK right after a blind write, round after round, and prints the numbers
# and their ratios. The summary (JSON) goes to bench-results/. Not part of the test command, which
# runs only the smoke version (--smoke) so that this script cannot rot; nothing asserts a speed.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"

usage() {
  cat <<USAGE
Usage: scripts/bench.sh [--smoke] [--rounds N] [--operations N] [--in-flight N] [--one-holder N]
  --smoke        a few operations of each workload, one round (what scripts/test.sh runs)
  --rounds       rounds of every workload (default 3)
  --operations   operations per workload and round (default 600; a DvP trade is two transactions)
  --in-flight    requests in flight at once (default 32)
  --one-holder   transfers released at once from one holder (default 50)
  --mints-in-flight
                 mints sent at once while setting up (default 8; 1 for a chaincode before commit cd1f9fd,
                 whose single issued total per issuer made a bank's concurrent mints conflict)
  --holders N,N  the numbers of holders of the bonds the servicing runs at (default 10,100,1000)
  --only WORDS   only the workloads whose name contains one of the comma-separated WORDS (for example:
                 deposit-token,once for the distinct-holder transfers and the one-holder burst; carbon;
                 servicing)
USAGE
}
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) args+=("$1"); shift ;;
    --rounds|--operations|--in-flight|--one-holder|--mints-in-flight)
      [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }
      args+=("$1" "$2"); shift 2 ;;
    --holders)
      [[ "${2:-}" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || { usage >&2; exit 2; }
      args+=("$1" "$2"); shift 2 ;;
    --only)
      [[ "${2:-}" =~ ^[A-Za-z][A-Za-z-]*(,[A-Za-z][A-Za-z-]*)*$ ]] || { usage >&2; exit 2; }
      args+=("$1" "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

cd "$GL_ROOT"
is_running "peer-${GL_ORGS[0]}" || die "the network is not running: run scripts/demo.sh (or scripts/network.sh up and deploy) first"
log "building the benchmark and the baseline chaincode"
mvn -B -q install -DskipTests -pl client/bench,chaincode/baseline -am
scripts/deploy-chaincode.sh --chaincode "$GL_BASELINE_CHAINCODE" --skip-build
out="$GL_ROOT/bench-results/bench-$(date -u +%Y%m%dT%H%M%SZ).json"
mkdir -p "$(dirname "$out")"
log "running the workloads (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
# The benchmark's JVM runs on the network's clock, as the chaincode services do (demo network).
(network_clock_env; exec mvn -B -q -pl client/bench exec:java -Dexec.mainClass=org.greenledger.bench.Bench -Dgl.root="$GL_ROOT" \
  -Dexec.args="$GL_STATE $out ${args[*]}")
cp "$out" "$GL_ROOT/bench-results/latest.json"
log "summary: $out (also bench-results/latest.json)"
