package org.greenledger.chaincode.api.account;

import java.time.LocalDate;
import org.greenledger.chaincode.api.Check;

/**
 * The custodian's attestation that it holds a KYC record for the account's owner. Only the
 * record's hash is on the ledger: no personal data is ever written there.
 *
 * @param recordHash lowercase hex SHA-256 of the off-ledger KYC record
 * @param level      the due-diligence level performed
 * @param expiresOn  last day on which the attestation is valid (UTC)
 */
public record KycAttestation(String recordHash, KycLevel level, LocalDate expiresOn) {
    public KycAttestation {
        Check.matches("kyc.recordHash", recordHash, Check.SHA256_HEX);
        Check.present("kyc.level", level);
        Check.present("kyc.expiresOn", expiresOn);
    }

    /** Whether the attestation is still valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}
