#!/usr/bin/env bash
# Registers and enrolls one organization's identities with its own Fabric CA, and lays out the
# org's MSP (for the channel configuration) and each identity's MSP and TLS folders.
#   users:  admin (gl.role=admin), operator (gl.role=operator), viewer (gl.role=viewer)
#   nodes:  peer0, orderer0 (orderer orgs only), chaincode (the CCaaS server's TLS identity)
# Identities already enrolled are left alone, so running it again is harmless.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
. "$(dirname "$0")/../lib/common.sh"

[ $# -eq 1 ] || { echo "Usage: scripts/network/enroll.sh ORG" >&2; exit 2; }
org=$1
require_org "$org"

dir=$(org_dir "$org")
ca_home="$dir/ca"
ca_cert="$ca_home/ca-cert.pem"
host=$(cfg "$org" HOST)
ca_url="$host:$(cfg "$org" CA_PORT)"
[ -s "$ca_cert" ] || die "the CA of $org has not been started (scripts/network/ca.sh start $org)"

ca_client() { fabric-ca-client "$@" --caname "ca-$org" --tls.certfiles "$ca_cert" >>"$GL_LOGS/enroll-$org.log" 2>&1 || die "fabric-ca-client $1 failed for $org (see $GL_LOGS/enroll-$org.log)"; }

secret_of() {
  local f="$ca_home/secrets/$1"
  mkdir -p "$ca_home/secrets"; chmod 700 "$ca_home/secrets"
  [ -f "$f" ] || head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$f"
  cat "$f"
}

# NodeOUs: the OU that the CA writes for each identity type decides the MSP role.
write_msp_config() {
  cat > "$1/config.yaml" <<YAML
NodeOUs:
  Enable: true
  ClientOUIdentifier:
    Certificate: cacerts/ca.pem
    OrganizationalUnitIdentifier: client
  PeerOUIdentifier:
    Certificate: cacerts/ca.pem
    OrganizationalUnitIdentifier: peer
  AdminOUIdentifier:
    Certificate: cacerts/ca.pem
    OrganizationalUnitIdentifier: admin
  OrdererOUIdentifier:
    Certificate: cacerts/ca.pem
    OrganizationalUnitIdentifier: orderer
YAML
}

org_msp() {
  mkdir -p "$dir/msp/cacerts" "$dir/msp/tlscacerts"
  cp "$ca_cert" "$dir/msp/cacerts/ca.pem"
  cp "$ca_cert" "$dir/msp/tlscacerts/ca.pem"
  write_msp_config "$dir/msp"
}

# enroll_identity NAME TYPE TARGET_DIR [GL_ROLE]
enroll_identity() {
  local name=$1 type=$2 target=$3 role=${4:-} secret attrs=()
  [ -s "$target/msp/signcerts/cert.pem" ] && return
  secret=$(secret_of "$name")
  [ -n "$role" ] && attrs=(--id.attrs "gl.role=$role:ecert")
  if [ ! -f "$ca_home/secrets/.$name.registered" ]; then
    ca_client register --id.name "$name" --id.secret "$secret" --id.type "$type" "${attrs[@]}" -u "https://$ca_url"
    touch "$ca_home/secrets/.$name.registered"
  fi
  rm -rf "$target/msp" "$target/tlsmsp"
  ca_client enroll -u "https://$name:$secret@$ca_url" -M "$target/msp"
  ca_client enroll -u "https://$name:$secret@$ca_url" -M "$target/tlsmsp" \
    --enrollment.profile tls --csr.hosts "localhost,127.0.0.1,$host"
  # Stable file names, so configuration can point at them.
  mv "$target/msp/cacerts/"*.pem "$target/msp/cacerts/ca.pem"
  write_msp_config "$target/msp"
  mkdir -p "$target/tls"
  cp "$target/tlsmsp/signcerts/cert.pem" "$target/tls/cert.pem"
  cp "$target/tlsmsp/keystore/"*_sk "$target/tls/key.pem"
  cp "$ca_cert" "$target/tls/ca.pem"
  rm -rf "$target/tlsmsp"
  log "enrolled $name ($type${role:+, gl.role=$role}) for $org"
}

mkdir -p "$GL_LOGS"
export FABRIC_CA_CLIENT_HOME="$ca_home/registrar-client"
[ -s "$FABRIC_CA_CLIENT_HOME/msp/signcerts/cert.pem" ] ||
  ca_client enroll -u "https://registrar:$(cat "$ca_home/registrar.secret")@$ca_url"

org_msp
for role in admin operator viewer; do
  type="client"; [ "$role" = admin ] && type="admin"
  enroll_identity "$role" "$type" "$(user_dir "$org" "$role")" "$role"
done
enroll_identity peer0 peer "$dir/peer0"
runs_orderer "$org" && enroll_identity orderer0 orderer "$dir/orderer0"
enroll_identity chaincode client "$dir/chaincode"
# What the org's Prometheus presents to scrape /metrics of its peer and orderer (Fabric's
# operations endpoints ask for a TLS client certificate from the org's TLS CA); no gl.role, so it
# can do nothing on the ledger.
enroll_identity monitor client "$dir/monitor"

# The connection profile of the org's Gateway, for the SDK (org.greenledger.client.ConnectionProfile).
cat > "$dir/connection.json" <<JSON
{
  "endpoint": "$host:$(cfg "$org" PEER_PORT)",
  "tlsRootCertificate": "$ca_cert",
  "mspId": "$(cfg "$org" MSPID)",
  "channel": "$GL_CHANNEL",
  "chaincode": "$GL_CHAINCODE"
}
JSON
