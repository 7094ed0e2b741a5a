package org.greenledger.chaincode.api.bond;

import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;

/**
 * What one payment run did: who was paid, and who could not be (with the reason code the
 * compliance rules gave); those stay DUE.
 *
 * @param bondId     the bond
 * @param period     the period
 * @param paid       holders paid in this run
 * @param paidMinor  amount paid in this run
 * @param blocked    holders that could not be paid, with why
 */
public record Payout(String bondId, int period, int paid, long paidMinor, List<Blocked> blocked) {
    public Payout {
        blocked = List.copyOf(blocked);
    }

    /** A holder the compliance rules did not let the payment reach. */
    public record Blocked(String accountId, ErrorCode code, String message) {
    }
}
