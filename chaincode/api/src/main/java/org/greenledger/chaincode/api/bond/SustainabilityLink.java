package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * What makes a bond sustainability-linked: its coupon steps up by {@code stepUpBasisPoints} for
 * every period that starts while a trigger is on, that is after the bond's external reviewer
 * attested the performance target missed (until it attests it met), or while the green covenant
 * is in breach (an open reviewer's flag on allocated proceeds, until the cure).
 *
 * @param stepUpBasisPoints the step-up, 1 to 500 basis points (0.01% each)
 * @param kpi               the key performance indicator, as the terms state it
 * @param performanceTarget the sustainability performance target, as the terms state it
 */
public record SustainabilityLink(int stepUpBasisPoints, String kpi, String performanceTarget) {
    public SustainabilityLink {
        if (stepUpBasisPoints < 1 || stepUpBasisPoints > 500) {
            throw GreenLedgerError.invalid("sustainabilityLink.stepUpBasisPoints", "must be between 1 and 500");
        }
        Check.text("sustainabilityLink.kpi", kpi, 200);
        Check.text("sustainabilityLink.performanceTarget", performanceTarget, 200);
    }
}
