package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.DefaultNotice;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
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
 * <p>The issue, a record date, a coupon payment run and a redemption each walk the bond's
 * subscriptions or holders a bounded chunk per transaction (at most
 * {@value org.greenledger.chaincode.api.bond.RunProgress#MAX_CHUNK}), so that they scale with the
 * number of holders; the run's progress is on the ledger. {@link #issue}, {@link #fixRecordDate},
 * {@link #payCoupon} and {@link #redeem} send chunks until the run is done; the {@code ...Chunk}
 * methods send one. After a failure (a timeout, a crash of the caller), call either again with
 * the same request: the ledger goes on after the last holder it processed and never processes
 * one twice. A finished run sent again is refused ({@code INVALID_STATE} for a record date,
 * {@code INVALID_TRANSITION} for the issue and the redemption), except a payment run, which
 * pays nobody.
 *
 * <pre>{@code
 * Subscription s = ledger.bonds().subscribe(new SubscribeRequest("SUB-0001", isin, "A1", 100, "CASH-A-VND"));
 * Bond issued = ledger.bonds().issue(new IssueBondRequest(isin, List.of(), 0, 200));
 * CouponRecord fixed = ledger.bonds().fixRecordDate(new FixRecordDateRequest(isin, 1, 200));
 * Payout paid = ledger.bonds().payCoupon(new PayCouponRequest("RUN-2027-1", isin, 1, "CASH-A-VND", 200));
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

    /**
     * Issues the bond (the issuer): sends chunks of {@code request.maxSubscriptions()}
     * subscriptions, in subscription id order, until every pending subscription is settled, and
     * returns the bond ISSUED. The allotments, when given, list every pending subscription of the
     * whole issue; each chunk is sent the allotments of its own subscriptions. Resumes an issue
     * already SETTLING.
     *
     * @throws RejectedException {@code INVALID_ARGUMENT}, {@linkplain RejectedException#refusedLocally()
     *     refused locally}, if the allotments do not name exactly the pending subscriptions left to
     *     settle (nothing is sent)
     */
    Bond issue(IssueBondRequest request);

    /**
     * Settles one chunk of the issue (the issuer): the next subscriptions after the ledger's
     * cursor; {@code request.allotments()} must name exactly the chunk's pending subscriptions,
     * or be empty to allot them in full. Returns the bond, SETTLING until the last chunk.
     */
    Bond issueChunk(IssueBondRequest request);

    Subscription subscription(String bondId, String subscriptionId);

    /** The book of subscriptions (the issuer, the registry, the regulator). */
    List<Subscription> subscriptions(String bondId);

    /**
     * Fixes every holder of a coupon period, on or after its record date (the issuer): sends
     * chunks of {@code request.maxHolders()} until the record is fixed, and returns it. While it
     * takes more than one transaction the bond's register is closed (no unit moves).
     */
    CouponRecord fixRecordDate(FixRecordDateRequest request);

    /** Fixes the next chunk of a period's holders (the issuer); the record shows the progress. */
    CouponRecord fixRecordDateChunk(FixRecordDateRequest request);

    /**
     * Pays a fixed period from its payment date in deposit tokens (the issuer): sends chunks of
     * the payment run named by the request id until it is done. Returns what this call paid, the
     * chunks' payouts together, and the run's final progress; holders the cash could not reach
     * are listed as blocked and stay DUE (a run under a new id pays them later).
     */
    Payout payCoupon(PayCouponRequest request);

    /** Pays the next chunk of the payment run (the issuer); its payout shows the run's progress. */
    Payout payCouponChunk(PayCouponRequest request);

    /** Confirms that a due holder was paid off the ledger (the issuer as paying agent). */
    Payout confirmPayment(PaymentConfirmation confirmation);

    CouponRecord couponRecord(CouponPeriodRef period);

    /** The holders at a period's record date, with what each is owed and whether it was paid. */
    List<Entitlement> holderRegister(CouponPeriodRef period);

    /** Marks the bond MATURED from its maturity date; it stops trading (the issuer). */
    Bond mature(String bondId);

    /**
     * Redeems at maturity, or calls early with a call price and notice (the issuer): sends chunks
     * of {@code request.maxHolders()} holders, each paid and its units retired, until the bond is
     * REDEEMED or CALLED. Returns the chunks' payouts together; resumes a bond already REDEEMING.
     */
    Payout redeem(RedeemRequest request);

    /** Pays and retires the next chunk of holders (the issuer); the bond is REDEEMING until the last. */
    Payout redeemChunk(RedeemRequest request);

    /** Declares an event of default (the regulator). */
    Bond declareDefault(DefaultNotice notice);
}
