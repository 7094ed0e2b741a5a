#!/usr/bin/env bash
# Installs the pinned Hyperledger Fabric and Fabric CA binaries, built from source with the Go
# toolchain, into .fabric/ (git-ignored). Idempotent: a binary already built from the pinned
# version is skipped.
#
# Why `go mod download` + `go build` and not `go install pkg@version`: Fabric's v2/v3 tags cannot
# be used by `go install` (module path without /vN), Fabric's go.mod carries a replace directive
# (which `go install pkg@version` refuses), and the module registry reachable here refuses version
# listings for these modules. So each module is downloaded at its pinned version, its checksum is
# verified (Go's checksum database, and the h1: hash pinned below), and its commands are built.
#
# Fabric is built with GreenLedger's patches (network/fabric-patches/*.patch, applied in name
# order to a copy of the module source; a patch that does not apply exactly stops the install).
# Before building, the patches' own Go tests run (FABRIC_PATCH_TESTS=0 skips them). See README
# "Fabric version".
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FABRIC_HOME=${FABRIC_HOME:-"$root/.fabric"}

# Fabric: the newest commit with the SmartBFT orderer that the module registry here serves.
# It lacks upstream's fix for a BFT follower that catches up by synchronization (hyperledger/
# fabric pull request 4195, May 2023: the requests of synced blocks are removed from the
# request pool); patch 0001 in network/fabric-patches does the same until a release with the
# fix is served. Versions asked of the registry (`go mod download -json MODULE@VERSION` in a
# scratch module; it refuses commit-hash queries and version lists), with its answers:
#   github.com/hyperledger/fabric@v1.4.0-rc1.0.20230405174026-695dd57e01c2  served (pinned)
#   earlier tries: v3.1.5 (commit 86c1172bec37), v3.0.0's commit and the merge commit of pull
#     request 4195 (May 2023), each as its pseudo-version                        refused (403)
#   then (issue 17, part 5):
#   github.com/hyperledger/fabric@v1.4.0-rc1.0.20240314152450-c8a6fcc0ffa3  refused (403)
#     (2024-03-14, about v3.0.0-beta; has the fix)
#   github.com/hyperledger/fabric@v1.4.0-rc1.0.20240918034325-94590aa4332b  refused (403)
#     (2024-09-18, about v3.0.0-rc1; has the fix)
#   github.com/hyperledger/fabric@v1.4.0-rc1.0.20251104071554-c6e65c6704fe  refused (403)
#     (2025-11-04, main; has the fix)
#   github.com/yacovm/fabric@v1.4.0-rc1.0.20230628194108-2c21550e8286       refused (403) (a fork)
#   github.com/SmartBFT-Go/consensus@v0.0.0-20230430133422-4dca5ba006ee     refused: checksum
#     database 404 (the library version Fabric moved to in May 2023)
#   github.com/SmartBFT-Go/consensus@v0.0.0-20230907130931-31f018a899a6     served (Fabric's
#     library in autumn 2023; it dropped the pool pruning that a synchronizer could ask for)
#   github.com/hyperledger-labs/SmartBFT@v0.0.0-20240314102917-584daefbad5b  served
#   github.com/hyperledger-labs/SmartBFT@v1.0.1                                 served
#     Neither library helps alone: the fix is in Fabric's orderer (the library only ever sees
#     the last synced block), and its module path differs from the github.com/SmartBFT-Go/consensus
#     that the pinned Fabric imports.
# Fabric's module path stays github.com/hyperledger/fabric at v3 (no /v3 suffix), so v3 tags
# can only be fetched as pseudo-versions like those above.
FABRIC_MODULE=github.com/hyperledger/fabric
FABRIC_VERSION=v1.4.0-rc1.0.20230405174026-695dd57e01c2
FABRIC_SUM=h1:w5BGxCYEsc9vjdDEdZGrZ5redvs263RYsdT2tqF7cNk=
# configtxlator: the channel configuration updates of scripts/add-member.sh (decode, compute the delta).
FABRIC_COMMANDS=(peer orderer configtxgen osnadmin configtxlator)
FABRIC_PATCH_DIR="$root/network/fabric-patches"
# The tests that the patches add, run before the patched Fabric is built: package, -run pattern.
FABRIC_PATCH_TESTS_RUN=(./orderer/consensus/smartbft/ '^TestSyncedRequests')
# The commands whose code the patches change: the tests run when one of them is (re)built, and
# not when only another command is missing (a new tool added to FABRIC_COMMANDS, for example).
FABRIC_PATCHED_COMMANDS=(orderer)

FABRIC_CA_MODULE=github.com/hyperledger/fabric-ca
FABRIC_CA_VERSION=v1.5.15
FABRIC_CA_SUM=h1:55lQb2B/nWjpZZ8Ke/5dczoSh9juHT3OgrUFn640ks0=
FABRIC_CA_COMMANDS=(fabric-ca-server fabric-ca-client)

log() { printf '[install-fabric] %s\n' "$*" >&2; }
die() { printf '[install-fabric] ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<USAGE
Usage: scripts/install-fabric.sh [--force]
Builds ${FABRIC_COMMANDS[*]} (Fabric $FABRIC_VERSION with the patches in
network/fabric-patches) and ${FABRIC_CA_COMMANDS[*]} (Fabric CA $FABRIC_CA_VERSION) into
$FABRIC_HOME/bin and copies Fabric's sampleconfig to $FABRIC_HOME/config. --force rebuilds
everything. FABRIC_HOME=DIR builds elsewhere; FABRIC_PATCH_TESTS=0 skips the patches' tests.
USAGE
}

force=false
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --force) force=true ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

ensure_toolchain() {
  command -v go >/dev/null 2>&1 || die "Go is not installed (https://go.dev/doc/install); it is needed to build Fabric."
  if ! command -v patch >/dev/null 2>&1; then
    log "installing patch (needed to apply GreenLedger's Fabric patches)"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq patch >/dev/null
    else
      die "patch is missing; install it (Debian: apt-get install patch)."
    fi
  fi
  if ! command -v gcc >/dev/null 2>&1; then
    # fabric-ca-server embeds SQLite through cgo.
    log "installing gcc (needed by cgo for fabric-ca)"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc libc6-dev >/dev/null
    else
      die "gcc is missing; install it (Debian: apt-get install gcc)."
    fi
  fi
}

# Prints the module's source directory after downloading and verifying it.
download_module() {
  local module=$1 version=$2 sum=$3 json dir got
  log "downloading $module@$version"
  if ! json=$(cd "$FABRIC_HOME" && GOFLAGS=-mod=mod go mod download -json "$module@$version" 2>&1); then
    die "could not download $module@$version from the Go module registry: $json"
  fi
  if grep -q '"Error"' <<<"$json"; then
    die "could not download $module@$version: $(grep '"Error"' <<<"$json")"
  fi
  got=$(sed -n 's/.*"Sum": "\(h1:[^"]*\)".*/\1/p' <<<"$json")
  [ "$got" = "$sum" ] || die "checksum mismatch for $module@$version: got $got, pinned $sum"
  dir=$(sed -n 's/.*"Dir": "\([^"]*\)".*/\1/p' <<<"$json")
  [ -d "$dir" ] || die "module directory missing after download: $dir"
  printf '%s\n' "$dir"
}

installed() { # name version
  [ "$force" = false ] && [ -x "$FABRIC_HOME/bin/$1" ] &&
    [ "$(cat "$FABRIC_HOME/bin/.$1.version" 2>/dev/null)" = "$2" ]
}

fabric_patches() { # the patch files, in the order they apply
  local p
  for p in "$FABRIC_PATCH_DIR"/*.patch; do [ -f "$p" ] && printf '%s\n' "$p"; done
}

# Names the patch set: a build from the same module version with other patches is another build.
fabric_patch_id() {
  local patches
  mapfile -t patches < <(fabric_patches)
  [ ${#patches[@]} -gt 0 ] || return 0
  cat "${patches[@]}" | sha256sum | cut -c1-12
}

apply_fabric_patches() { # build dir
  local build=$1 p out
  while IFS= read -r p; do
    log "applying $(basename "$p")"
    # Exact context only (no fuzz); a dry run first, so that a patch that does not fit this
    # version leaves nothing half-applied and stops the install.
    if ! out=$(patch -p1 --forward --batch --fuzz=0 --dry-run -d "$build" < "$p" 2>&1); then
      die "patch $(basename "$p") does not apply to $FABRIC_MODULE@$FABRIC_VERSION:"$'\n'"$out"
    fi
    patch -p1 --forward --batch --fuzz=0 --quiet -d "$build" < "$p" || die "applying $(basename "$p") failed"
  done < <(fabric_patches)
}

test_fabric_patches() { # build dir
  local build=$1
  [ "${FABRIC_PATCH_TESTS:-1}" = 0 ] && { log "FABRIC_PATCH_TESTS=0: not running the patches' tests"; return; }
  [ -n "$(fabric_patch_id)" ] || return 0
  log "testing the patches: go test ${FABRIC_PATCH_TESTS_RUN[0]} -run '${FABRIC_PATCH_TESTS_RUN[1]}' (a few minutes)"
  (cd "$build" && go test -mod=mod -count=1 "${FABRIC_PATCH_TESTS_RUN[0]}" -run "${FABRIC_PATCH_TESTS_RUN[1]}") >&2 ||
    die "the tests of GreenLedger's Fabric patches failed"
}

needs_patch_tests() { # commands to build
  local c p
  for c in "$@"; do for p in "${FABRIC_PATCHED_COMMANDS[@]}"; do [ "$c" = "$p" ] && return 0; done; done
  return 1
}

build_commands() { # module version sum ldflags commands...
  local module=$1 version=$2 sum=$3 ldflags=$4; shift 4
  local missing=() c src build build_id=$version patch_id=""
  if [ "$module" = "$FABRIC_MODULE" ]; then
    patch_id=$(fabric_patch_id)
    [ -z "$patch_id" ] || build_id="$version+patches-$patch_id"
  fi
  for c in "$@"; do installed "$c" "$build_id" || missing+=("$c"); done
  if [ ${#missing[@]} -eq 0 ]; then
    log "$* already installed at $build_id"
    return
  fi
  src=$(download_module "$module" "$version" "$sum")
  # Build from a writable copy: the module cache is read-only, and the vendor folder that the
  # module zip leaves behind (modules.txt only) must not be used.
  build="$FABRIC_HOME/build/$(basename "$module")"
  rm -rf "$build"; mkdir -p "$(dirname "$build")"
  cp -r "$src" "$build"; chmod -R u+w "$build"; rm -rf "$build/vendor"
  if [ -n "$patch_id" ]; then
    apply_fabric_patches "$build"
    if needs_patch_tests "${missing[@]}"; then test_fabric_patches "$build"
    else log "not running the patches' tests: none of ${missing[*]} contains the patched code"; fi
  fi
  for c in "${missing[@]}"; do
    log "building $c (this takes a few minutes on a small machine)"
    (cd "$build" && CGO_ENABLED=1 go build -mod=mod -ldflags "$ldflags" -o "$FABRIC_HOME/bin/$c" "./cmd/$c") ||
      die "building $c failed"
    printf '%s\n' "$build_id" > "$FABRIC_HOME/bin/.$c.version"
  done
  if [ "$module" = "$FABRIC_MODULE" ]; then
    rm -rf "$FABRIC_HOME/config"; cp -r "$src/sampleconfig" "$FABRIC_HOME/config"; chmod -R u+w "$FABRIC_HOME/config"
  fi
  rm -rf "$build"
}

main() {
  ensure_toolchain
  mkdir -p "$FABRIC_HOME/bin"
  [ -f "$FABRIC_HOME/go.mod" ] || printf 'module greenledger/fabric-install\n\ngo 1.20\n' > "$FABRIC_HOME/go.mod"
  local commit=${FABRIC_VERSION##*-} patch_id
  # `orderer version` and `peer version` show the patch set after the commit.
  patch_id=$(fabric_patch_id)
  [ -z "$patch_id" ] || commit="$commit+patches-$patch_id"
  build_commands "$FABRIC_MODULE" "$FABRIC_VERSION" "$FABRIC_SUM" \
    "-X $FABRIC_MODULE/common/metadata.Version=$FABRIC_VERSION -X $FABRIC_MODULE/common/metadata.CommitSHA=$commit" \
    "${FABRIC_COMMANDS[@]}"
  build_commands "$FABRIC_CA_MODULE" "$FABRIC_CA_VERSION" "$FABRIC_CA_SUM" \
    "-X $FABRIC_CA_MODULE/lib/metadata.Version=$FABRIC_CA_VERSION" \
    "${FABRIC_CA_COMMANDS[@]}"
  [ -f "$FABRIC_HOME/config/core.yaml" ] || {
    local src; src=$(download_module "$FABRIC_MODULE" "$FABRIC_VERSION" "$FABRIC_SUM")
    cp -r "$src/sampleconfig" "$FABRIC_HOME/config"; chmod -R u+w "$FABRIC_HOME/config"
  }
  log "Fabric binaries are in $FABRIC_HOME/bin"
}

main
