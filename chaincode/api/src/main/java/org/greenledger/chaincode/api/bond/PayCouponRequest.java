package org.greenledger.chaincode.api.bond;

import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ServicingChunk;

/**
 * One chunk of a payment run: pays the next holders of a fixed period still DUE, in deposit
 * tokens from the issuer's account. The run is its request id: the same request sent again goes
 * on after the holders already walked, until the run is DONE; a DONE run sent again pays nobody.
 * A new request id starts a new run over every holder (to pay those left DUE by an earlier one).
 *
 * @param requestId   client-chosen id of the payment run
 * @param bondId      the bond (ISIN)
 * @param period      the coupon period
 * @param cashTokenId the deposit token the issuer pays with, in the bond's currency
 * @param maxHolders  most holders this transaction walks, 1 to {@value RunProgress#MAX_CHUNK}; it may
 *                    change from chunk to chunk of the same run
 */
public record PayCouponRequest(String requestId, String bondId, int period, String cashTokenId, int maxHolders)
        implements ServicingChunk {
    public PayCouponRequest {
        Check.matches("requestId", requestId, Check.ID);
        new CouponPeriodRef(bondId, period);
        Check.matches("cashTokenId", cashTokenId, Check.ID);
        RunProgress.chunkSize("maxHolders", maxHolders);
    }

    /** What identifies the run under its request id: everything but the chunk size. */
    public List<Object> run() {
        return List.of(bondId, period, cashTokenId);
    }
}
