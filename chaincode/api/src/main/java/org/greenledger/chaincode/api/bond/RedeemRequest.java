package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.ServicingChunk;

/**
 * One chunk of the end of a bond: pays the next holders and retires their units, at maturity
 * (principal at par and the final coupon) or early by a call (the call price and the coupon
 * accrued to the call date). The first chunk moves the bond to REDEEMING; the same request is
 * sent again until the chunk that reaches the last holder moves it to REDEEMED or CALLED.
 *
 * @param bondId                the bond (ISIN)
 * @param cashTokenId           the deposit token the issuer pays with
 * @param callPricePerUnitMinor for a call, the price per unit (at least the denomination); 0 at maturity
 * @param noticeDocumentHash    for a call, the call notice's SHA-256; null at maturity
 * @param maxHolders            most holders this transaction redeems, 1 to {@value RunProgress#MAX_CHUNK}
 */
public record RedeemRequest(String bondId, String cashTokenId, long callPricePerUnitMinor, String noticeDocumentHash,
        int maxHolders) implements ServicingChunk {
    public RedeemRequest {
        Isin.check("bondId", bondId);
        Check.matches("cashTokenId", cashTokenId, Check.ID);
        if (callPricePerUnitMinor < 0) {
            throw GreenLedgerError.invalid("callPricePerUnitMinor", "must not be negative");
        }
        if ((callPricePerUnitMinor == 0) != (noticeDocumentHash == null)) {
            throw GreenLedgerError.invalid("noticeDocumentHash", "is given with a call price, and only then");
        }
        if (noticeDocumentHash != null) {
            Check.matches("noticeDocumentHash", noticeDocumentHash, Check.SHA256_HEX);
        }
        RunProgress.chunkSize("maxHolders", maxHolders);
    }

    public boolean call() {
        return callPricePerUnitMinor > 0;
    }
}
