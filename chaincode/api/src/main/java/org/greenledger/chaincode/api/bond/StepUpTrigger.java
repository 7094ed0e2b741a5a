package org.greenledger.chaincode.api.bond;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;

/**
 * One change of one of a sustainability-linked bond's two step-up triggers, as the ledger
 * recorded it. The step-up is on while either trigger is.
 *
 * @param bondId the bond
 * @param kind   which trigger changed
 * @param on     whether it is on from {@code since}
 * @param cause  what changed it, in words (the observation, the flag or the cure)
 * @param since  when (the transaction's time)
 */
public record StepUpTrigger(String bondId, Kind kind, boolean on, String cause, Instant since) {
    public StepUpTrigger {
        Check.present("kind", kind);
    }

    /** The two triggers. */
    public enum Kind {
        /** The reviewer's latest observation found the performance target missed. */
        TARGET_MISSED,
        /** The green covenant is in breach (an open reviewer's flag on allocated proceeds). */
        COVENANT_BREACHED
    }
}
