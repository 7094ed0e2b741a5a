package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;
import org.greenledger.chaincode.api.bond.Isin;

/**
 * The holder's bank retires the first {@code quantity} serials of a block for a beneficiary.
 *
 * @param retirementId client-chosen id, the certificate's number; also the request id
 * @param block        the block
 * @param quantity     tonnes (positive, at most the block's)
 * @param beneficiary  on whose behalf (public name, no personal data)
 * @param purpose      the claim
 * @param bondId       for BOND_IMPACT_CLAIM the bond whose impact it is (else null)
 */
public record RetireCreditsRequest(String retirementId, BlockRef block, long quantity, String beneficiary,
        RetirementPurpose purpose, String bondId) implements Idempotent {
    public RetireCreditsRequest {
        Check.matches("retirementId", retirementId, Check.ID);
        Check.present("block", block);
        if (quantity <= 0) {
            throw GreenLedgerError.invalid("quantity", "must be positive");
        }
        Check.text("beneficiary", beneficiary, 200);
        Check.present("purpose", purpose);
        if ((purpose == RetirementPurpose.BOND_IMPACT_CLAIM) != (bondId != null)) {
            throw GreenLedgerError.invalid("bondId", "is given for a BOND_IMPACT_CLAIM, and only then");
        }
        if (bondId != null) {
            Isin.check("bondId", bondId);
        }
    }
}
