package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.DefaultNotice;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.PaymentConfirmation;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.bond.TargetObservation;
import org.greenledger.chaincode.api.schedule.CouponSchedule;

/**
 * Green bonds through their whole life. The issuer drafts a bond with its terms and green
 * framework; the external reviewer named in the framework gives its second-party opinion; the
 * registry approves; the issuer opens subscriptions, custodians subscribe for their clients
 * (cash into escrow), and the issue settles every subscription delivery versus payment. Then
 * coupons are paid to the holders fixed at each record date, and the bond ends by redemption,
 * call or default. A step out of lifecycle order is a {@link RejectedException} with code
 * {@code INVALID_TRANSITION}; one before its date, {@code NOT_DUE}.
 *
 * <pre>{@code
 * Subscription s = ledger.bonds().subscribe(new SubscribeRequest("SUB-0001", isin, "A1", 100, "CASH-A-VND"));
 * Bond issued = ledger.bonds().issue(new IssueBondRequest(isin, List.of(), 0));
 * }</pre>
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

    /**
     * The external reviewer's attested observation of a sustainability-linked bond's performance
     * target (the VERIFIER org named in the framework): a miss steps up the coupons of the periods
     * that start after it, a met target after a miss is the cure. Returns the triggers from now on.
     */
    StepUpTrigger observeTarget(TargetObservation observation);

    /** Every change of a sustainability-linked bond's step-up triggers, oldest first. */
    List<StepUpTrigger> stepUpTriggers(String bondId);

    /** The coupon periods derived from the bond's terms; empty for a ZERO coupon bond. */
    CouponSchedule couponSchedule(String bondId);

    /**
     * Subscribes for a client of the calling custodian; the price moves into escrow. The
     * subscription id is the request id: submitting the same request again returns the first
     * result and changes nothing.
     */
    Subscription subscribe(SubscribeRequest request);

    /** Withdraws a pending subscription (the custodian that placed it); the escrow is refunded. */
    Subscription withdrawSubscription(String bondId, String subscriptionId);

    /** Issues the bond, settling every pending subscription in one transaction (the issuer). */
    Bond issue(IssueBondRequest request);

    Subscription subscription(String bondId, String subscriptionId);

    /** The book of subscriptions (the issuer, the registry, the regulator). */
    List<Subscription> subscriptions(String bondId);

    /** Fixes the holders of a coupon period, on or after its record date (the issuer). */
    CouponRecord fixRecordDate(CouponPeriodRef period);

    /** Pays every holder still due for a fixed period in deposit tokens, from the payment date (the issuer). */
    Payout payCoupon(PayCouponRequest request);

    /** Confirms that a due holder was paid off the ledger (the issuer as paying agent). */
    Payout confirmPayment(PaymentConfirmation confirmation);

    CouponRecord couponRecord(CouponPeriodRef period);

    /** The holders at a period's record date, with what each is owed and whether it was paid. */
    List<Entitlement> holderRegister(CouponPeriodRef period);

    /** Marks the bond MATURED from its maturity date; it stops trading (the issuer). */
    Bond mature(String bondId);

    /** Redeems at maturity, or calls early with a call price and notice; pays and retires every unit (the issuer). */
    Payout redeem(RedeemRequest request);

    /** Declares an event of default (the regulator). */
    Bond declareDefault(DefaultNotice notice);
}
