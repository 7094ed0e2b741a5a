package org.greenledger.chaincode.api.carbon;

import java.time.Instant;

/**
 * The proof of a retirement: the serials retired, for whom and why. Retired serials never move.
 *
 * @param retirementId    the certificate's number
 * @param range           the serials retired
 * @param holderAccountId who retired them
 * @param beneficiary     on whose behalf
 * @param purpose         the claim
 * @param bondId          for a bond impact claim, the bond (else null)
 * @param article6        the units' Article 6 data at retirement
 * @param transactionId   the retiring transaction
 * @param retiredAt       its time
 */
public record RetirementCertificate(String retirementId, SerialRange range, String holderAccountId, String beneficiary,
        RetirementPurpose purpose, String bondId, Article6 article6, String transactionId, Instant retiredAt) {
    public long quantityRetired() {
        return range.quantity();
    }

    /** The certificate's serial numbers as printed. */
    public String serials() {
        return range.toString();
    }
}
