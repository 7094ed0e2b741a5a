package org.greenledger.client;

import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.schedule.CouponSchedule;

/**
 * Green bonds before issue. The issuer drafts a bond with its terms and green framework; the
 * external reviewer named in the framework gives its second-party opinion; the registry approves;
 * the issuer opens subscriptions, or cancels before issue. A step out of lifecycle order is a
 * {@link RejectedException} with code {@code INVALID_TRANSITION}.
 */
public interface Bonds {
    /** Drafts a bond (an operator or admin of the issuing org). */
    Bond create(BondTerms terms);

    /** Records the second-party opinion (the named VERIFIER org). */
    Bond review(ReviewBondRequest request);

    /** Approves a reviewed bond (a REGISTRY org). */
    Bond approve(String bondId);

    /** Opens an approved bond for subscriptions (the issuer). */
    Bond openSubscriptions(String bondId);

    /** Withdraws a bond before issue (the issuer). */
    Bond cancel(String bondId);

    Bond get(String bondId);

    /** The coupon periods derived from the bond's terms; empty for a ZERO coupon bond. */
    CouponSchedule couponSchedule(String bondId);
}
