#!/usr/bin/env bash
# GreenLedger's main job (README): on a fresh machine it installs what is missing, starts the
# consortium network, deploys the chaincode and runs the story through the client SDK.
# The network keeps running afterwards; stop it with scripts/network.sh down.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/lib/common.sh"
. "$GL_ROOT/scripts/lib/prerequisites.sh"

cd "$GL_ROOT"
ensure_prerequisites
scripts/install-fabric.sh
log "building GreenLedger"
mvn -B -q install -DskipTests
scripts/network.sh up
scripts/deploy-chaincode.sh --skip-build
log "running the scenario through the SDK"
mvn -B -q -pl client exec:java -Dexec.mainClass=org.greenledger.client.demo.Demo -Dexec.args="$GL_STATE"
log "the network is still up: scripts/network.sh status | down | clean"
