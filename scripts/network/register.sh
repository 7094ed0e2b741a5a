#!/usr/bin/env bash
# Registers one more identity with an org's Fabric CA, as the org's registrar, with the gl.role
# the chaincode reads, and prints what enrolling it takes (CA, CA certificate, enrollment ID and
# secret, as KEY=VALUE lines). For an identity whose key is made elsewhere, in an HSM:
#   scripts/greenledger hsm keygen ... && scripts/greenledger hsm enroll ...   (see README, "Keys in an HSM")
# Run where the org's CA state is (its registrar's credentials).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/../lib/common.sh"

usage() { echo "Usage: scripts/network/register.sh ORG NAME ROLE   (ROLE: admin, operator or viewer)" >&2; exit 2; }
[ $# -eq 3 ] || usage
org=$1 name=$2 role=$3
require_org "$org"
case "$role" in admin|operator|viewer) ;; *) usage ;; esac
[[ "$name" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || die "NAME may hold letters, digits, '.', '_' and '-' only: $name"

ca_home="$(org_dir "$org")/ca"
ca_cert="$ca_home/ca-cert.pem"
ca_url="$(cfg "$org" HOST):$(cfg "$org" CA_PORT)"
[ -s "$ca_cert" ] || die "the CA of $org has not been started (scripts/network.sh up)"

mkdir -p "$GL_LOGS"
ca_client() { fabric-ca-client "$@" --caname "ca-$org" --tls.certfiles "$ca_cert" >>"$GL_LOGS/register-$org.log" 2>&1 || die "fabric-ca-client $1 failed for $org (see $GL_LOGS/register-$org.log)"; }

export FABRIC_CA_CLIENT_HOME="$ca_home/registrar-client"
[ -s "$FABRIC_CA_CLIENT_HOME/msp/signcerts/cert.pem" ] ||
  ca_client enroll -u "https://registrar:$(cat "$ca_home/registrar.secret")@$ca_url"

id_type="client"; [ "$role" = admin ] && id_type="admin"
secret=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
# fabric-ca-client prints the secret it registered: that output is not kept in the log.
fabric-ca-client register --id.name "$name" --id.secret "$secret" --id.type "$id_type" --id.attrs "gl.role=$role:ecert" \
  -u "https://$ca_url" --caname "ca-$org" --tls.certfiles "$ca_cert" >/dev/null 2>>"$GL_LOGS/register-$org.log" ||
  die "fabric-ca-client register failed for $name at ca-$org (see $GL_LOGS/register-$org.log)"
log "registered $name ($id_type, gl.role=$role) with ca-$org"
cat <<ENV
GL_CA_URL=https://$ca_url
GL_CA_NAME=ca-$org
GL_CA_CERT=$ca_cert
GL_ENROLLMENT_ID=$name
GL_ENROLLMENT_SECRET=$secret
ENV
