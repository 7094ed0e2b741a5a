package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.ServicingChunk;

/**
 * Fixes the next chunk of a coupon period's holders at its record date: sent again until the
 * coupon record's {@link CouponRecord#fixing() fixing} is DONE.
 *
 * @param bondId     the bond (ISIN)
 * @param period     the period's number in the coupon schedule, from 1
 * @param maxHolders most holders this transaction fixes, 1 to {@value RunProgress#MAX_CHUNK}
 */
public record FixRecordDateRequest(String bondId, int period, int maxHolders) implements ServicingChunk {
    public FixRecordDateRequest {
        new CouponPeriodRef(bondId, period);
        RunProgress.chunkSize("maxHolders", maxHolders);
    }

    public CouponPeriodRef periodRef() {
        return new CouponPeriodRef(bondId, period);
    }
}
