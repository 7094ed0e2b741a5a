package org.greenledger.chaincode.api.bond;

import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;

/**
 * What one transaction paid: a chunk of a payment run or of a redemption (who was paid, and who
 * could not be, with the reason code the compliance rules gave; those stay DUE), or one paying
 * agent's confirmation.
 *
 * @param bondId     the bond
 * @param period     the period
 * @param paid       holders paid
 * @param paidMinor  amount paid
 * @param blocked    holders that could not be paid, with why
 * @param progress   where the run this chunk belongs to stands after it; null for a confirmation
 */
public record Payout(String bondId, int period, int paid, long paidMinor, List<Blocked> blocked, RunProgress progress) {
    public Payout {
        blocked = List.copyOf(blocked);
    }

    /** A holder the compliance rules did not let the payment reach. */
    public record Blocked(String accountId, ErrorCode code, String message) {
    }

    /** This payout and the {@code next} chunk's together: their payments, and the run as the next left it. */
    public Payout andThen(Payout next) {
        List<Blocked> both = new ArrayList<>(blocked);
        both.addAll(next.blocked());
        return new Payout(bondId, period, Math.addExact(paid, next.paid()), Math.addExact(paidMinor, next.paidMinor()),
                both, next.progress());
    }
}
