package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;

/**
 * The paying agent confirms that a DUE entitlement was paid off the ledger.
 *
 * @param bondId           the bond (ISIN)
 * @param period           the period
 * @param accountId        the holder paid
 * @param paymentReference the off-ledger payment's reference
 */
public record PaymentConfirmation(String bondId, int period, String accountId, String paymentReference) {
    public PaymentConfirmation {
        new CouponPeriodRef(bondId, period);
        Check.matches("accountId", accountId, Check.ID);
        Check.text("paymentReference", paymentReference, 140);
    }
}
