package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * The Article 6 data that travels with credits.
 *
 * @param letterOfAuthorization the host country's letter of authorization reference (null if not authorized)
 * @param adjustment            the corresponding-adjustment status: NOT_REQUIRED without a letter,
 *                              PENDING or APPLIED with one
 */
public record Article6(String letterOfAuthorization, CorrespondingAdjustment adjustment) {
    public static final Article6 NOT_AUTHORIZED = new Article6(null, CorrespondingAdjustment.NOT_REQUIRED);

    public Article6 {
        Check.present("adjustment", adjustment);
        if (letterOfAuthorization == null) {
            if (adjustment != CorrespondingAdjustment.NOT_REQUIRED) {
                throw GreenLedgerError.invalid("adjustment", "is NOT_REQUIRED for units without a letter of authorization");
            }
        } else {
            Check.text("letterOfAuthorization", letterOfAuthorization, 120);
            if (adjustment == CorrespondingAdjustment.NOT_REQUIRED) {
                throw GreenLedgerError.invalid("adjustment", "is PENDING or APPLIED for authorized units");
            }
        }
    }

    public boolean authorized() {
        return letterOfAuthorization != null;
    }

    /** Authorized by {@code letter}, the adjustment pending; or not authorized when the letter is null. */
    public static Article6 of(String letter) {
        return letter == null ? NOT_AUTHORIZED : new Article6(letter, CorrespondingAdjustment.PENDING);
    }
}
