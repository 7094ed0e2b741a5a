package org.greenledger.chaincode.api.bond;

import java.time.Instant;

/**
 * A sustainability-linked bond's step-up triggers from one moment on, as the ledger recorded them.
 *
 * @param bondId           the bond
 * @param targetMissed     the reviewer's latest observation found the performance target missed
 * @param covenantBreached the green covenant is in breach
 * @param cause            what changed, in words (the observation, the flag or the cure)
 * @param since            when this state began (the transaction's time)
 */
public record StepUpTrigger(String bondId, boolean targetMissed, boolean covenantBreached, String cause,
        Instant since) {
    public boolean on() {
        return targetMissed || covenantBreached;
    }
}
