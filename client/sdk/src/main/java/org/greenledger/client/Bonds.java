package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondPage;
import org.greenledger.chaincode.api.bond.BondQuery;
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
 * <p>Who may call what is decided by the chaincode from the caller's org roles and its
 * certificate's {@code gl.role}: every write needs a user with {@code gl.role} {@code operator}
 * or {@code admin}; reads are open to any user of a member org, {@code viewer} included, unless
 * a method says otherwise. A caller that is not allowed gets {@code NOT_AUTHORIZED}; an unknown
 * bond or subscription {@code NOT_FOUND}; a bond id that is not a well-formed ISIN
 * {@code INVALID_ARGUMENT}.
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
 * pays nobody. These chunks, and {@link #subscribe} (keyed by its subscription id), are
 * replay-safe: the SDK sends them again by itself after a read conflict at commit. The other
 * writes are state transitions that a second attempt finds already done and refuses.
 *
 * <pre>{@code
 * Subscription s = ledger.bonds().subscribe(new SubscribeRequest("SUB-0001", isin, "A1", 100, "CASH-A-VND"));
 * Bond issued = ledger.bonds().issue(new IssueBondRequest(isin, List.of(), 0, 200));
 * CouponRecord fixed = ledger.bonds().fixRecordDate(new FixRecordDateRequest(isin, 1, 200));
 * Payout paid = ledger.bonds().payCoupon(new PayCouponRequest("RUN-2027-1", isin, 1, "CASH-A-VND", 200));
 * }</pre>
 */
public interface Bonds {
    /**
     * Drafts a bond from its terms and green framework. The caller is an ISSUER org naming itself
     * as the issuer; the proceeds account must be ACTIVE and the framework's external reviewer a
     * VERIFIER member. The bond starts DRAFT and nothing can be subscribed yet.
     *
     * @param terms the bond's terms: ISIN, issuer org and account, currency, denomination, coupon,
     *              schedule (issue date on or after the transaction date), eligibility, framework
     * @return the bond as recorded, DRAFT
     * @throws RejectedException {@code NOT_AUTHORIZED} for another org's bond or a non-ISSUER org;
     *                           {@code ALREADY_EXISTS} if an asset with the bond's id exists;
     *                           {@code INVALID_STATE} if the issuer account is not ACTIVE;
     *                           {@code INVALID_ARGUMENT} for an issue date in the past or a reviewer
     *                           that is not a VERIFIER member
     */
    Bond create(BondTerms terms);

    /**
     * Records the external reviewer's second-party opinion (by its document hash), moving the
     * bond from DRAFT to REVIEWED. Only the VERIFIER org that the bond's framework names as its
     * reviewer may call it.
     *
     * @param request the bond and the hash of the opinion document
     * @return the bond, REVIEWED, with the opinion
     * @throws RejectedException {@code NOT_AUTHORIZED} for any other org;
     *                           {@code INVALID_TRANSITION} if the bond is not DRAFT
     */
    Bond review(ReviewBondRequest request);

    /**
     * Approves a reviewed bond for the market, moving it from REVIEWED to APPROVED; a REGISTRY org
     * (the alliance) calls it.
     *
     * @param bondId the bond's ISIN
     * @return the bond, APPROVED
     * @throws RejectedException {@code NOT_AUTHORIZED} for a caller without the REGISTRY role;
     *                           {@code INVALID_TRANSITION} if the bond is not REVIEWED
     */
    Bond approve(String bondId);

    /**
     * Opens an approved bond's book: from now until its issue date custodians can subscribe. The
     * bond's issuer calls it.
     *
     * @param bondId the bond's ISIN
     * @return the bond, OPEN
     * @throws RejectedException {@code NOT_AUTHORIZED} for any org but the issuer;
     *                           {@code INVALID_TRANSITION} if the bond is not APPROVED
     */
    Bond openSubscriptions(String bondId);

    /**
     * Withdraws a bond before issue (the issuer): the bond becomes CANCELLED and every pending
     * subscription's escrow goes back to the investor.
     *
     * @param bondId the bond's ISIN
     * @return the bond, CANCELLED
     * @throws RejectedException {@code NOT_AUTHORIZED} for any org but the issuer;
     *                           {@code INVALID_TRANSITION} once the issue has begun to settle
     *                           (SETTLING or later)
     */
    Bond cancel(String bondId);

    /**
     * Reads a bond: its terms, status, issue figures, closure and covenant state.
     *
     * @param bondId the bond's ISIN
     * @return the bond as the ledger holds it now
     * @throws RejectedException {@code NOT_FOUND} for an unknown bond
     */
    Bond get(String bondId);

    /**
     * Lists the bonds a page at a time, in ISIN order, optionally only those in one status or of
     * one issuer. Open to every member. A page holds at most the query's page size; with a filter
     * it may hold fewer, even none, while its bookmark is not empty (the ledger stops a page after
     * walking {@link org.greenledger.chaincode.api.Check#MAX_SCANNED_PER_PAGE} records): read on until the bookmark is empty.
     *
     * <pre>{@code
     * BondQuery query = BondQuery.all(100);
     * do {
     *     BondPage page = ledger.bonds().find(query);
     *     page.bonds().forEach(bond -> show(bond));
     *     query = page.bookmark().isEmpty() ? null : query.after(page.bookmark());
     * } while (query != null);
     * }</pre>
     *
     * @param query the filters, the page size (1 to 500) and the previous page's bookmark
     * @return the bonds on this page and the bookmark of the next (empty after the last)
     * @throws RejectedException {@code INVALID_ARGUMENT} for a bookmark this query did not give
     */
    BondPage find(BondQuery query);

    /**
     * The external reviewer's attested observation of a sustainability-linked bond's performance
     * target (the VERIFIER org named in the framework): a miss steps up the coupons of the periods
     * that start after it, a met target after a miss is the cure. The issuer can neither set nor
     * clear a trigger. An observation id is recorded once; sending it again is refused.
     *
     * @param observation the bond, the observation's id, whether the target was met, the evidence hash
     * @return the step-up trigger in force from now on
     * @throws RejectedException {@code NOT_AUTHORIZED} for any org but the bond's reviewer;
     *                           {@code INVALID_STATE} if the bond is not sustainability-linked or
     *                           not ISSUED; {@code ALREADY_EXISTS} for an observation id used before
     */
    StepUpTrigger observeTarget(TargetObservation observation);

    /**
     * Every change of a sustainability-linked bond's step-up triggers, oldest first: each
     * observation and each covenant breach or cure, with the reason recorded.
     *
     * @param bondId the bond's ISIN
     * @return the triggers' history, empty for a bond that never stepped up
     */
    List<StepUpTrigger> stepUpTriggers(String bondId);

    /**
     * The coupon periods derived from the bond's terms: unadjusted and adjusted dates, record and
     * payment dates, exact year fractions. The same terms always give the same schedule.
     *
     * @param bondId the bond's ISIN
     * @return the schedule; it has no periods for a ZERO coupon bond
     */
    CouponSchedule couponSchedule(String bondId);

    /**
     * Subscribes for a client of the calling custodian (CUSTODIAN org, the investor account's own
     * bank) while the bond is OPEN and its issue date has not passed: the price (units times
     * denomination) moves from the investor's deposit tokens into the bond's escrow at once. The
     * subscription id is the request id: submitting the same request again returns the first
     * result and moves nothing, so this call is replay-safe.
     *
     * @param request the subscription id, the bond, the investor's account, the units and the
     *                deposit token (in the bond's currency) that pays
     * @return the subscription, PENDING until the issue settles it
     * @throws RejectedException {@code NOT_AUTHORIZED} for another bank's client;
     *                           {@code REQUEST_ID_REUSED} for a subscription id used by another
     *                           request; {@code INVALID_STATE} if the bond is not OPEN or its issue
     *                           date has passed; {@code INVALID_ARGUMENT} for more units than the
     *                           issue or a token in another currency; a movement rule's code
     *                           ({@code KYC_EXPIRED}, {@code INVESTOR_NOT_ELIGIBLE},
     *                           {@code HOLDING_LIMIT_EXCEEDED}, {@code INSUFFICIENT_UNITS}, ...)
     */
    Subscription subscribe(SubscribeRequest request);

    /**
     * Withdraws a pending subscription while the book is still OPEN (the custodian that placed
     * it); the escrow goes back to the investor.
     *
     * @param bondId         the bond's ISIN
     * @param subscriptionId the subscription to withdraw
     * @return the subscription, refunded
     * @throws RejectedException {@code NOT_AUTHORIZED} for another custodian;
     *                           {@code INVALID_STATE} if it is no longer PENDING or the issue has
     *                           begun to settle
     */
    Subscription withdrawSubscription(String bondId, String subscriptionId);

    /**
     * Issues the bond (the issuer): sends chunks of {@code request.maxSubscriptions()}
     * subscriptions, in subscription id order, until every pending subscription is settled, and
     * returns the bond ISSUED. The allotments, when given, list every pending subscription of the
     * whole issue; each chunk is sent the allotments of its own subscriptions. Resumes an issue
     * already SETTLING. Each chunk settles delivery versus payment: the allotted units to the
     * investors, their price from escrow to the issuer's account, the rest refunded.
     *
     * @param request the bond, the allotments (empty to allot every subscription in full), the
     *                issuance costs deducted from the gross proceeds, the chunk size
     * @return the bond, ISSUED, with its units issued and net proceeds
     * @throws IllegalStateException    if the book changed while the issue was sent (read it and
     *                                  send the allotments left again)
     * @throws RejectedException        {@code INVALID_ARGUMENT}, {@linkplain RejectedException#refusedLocally()
     *                                  refused locally}, if the allotments do not name exactly the
     *                                  pending subscriptions left to settle (nothing is sent);
     *                                  {@code NOT_AUTHORIZED} for any org but the issuer;
     *                                  {@code INVALID_TRANSITION} if the bond is neither OPEN nor
     *                                  SETTLING; {@code INVALID_ARGUMENT} for allotments beyond
     *                                  what was applied for or the issue's maximum;
     *                                  {@code INVALID_STATE} for an issue of no units or costs above
     *                                  its gross proceeds; a movement rule's code (for example {@code KYC_EXPIRED}) for an investor who may not receive the units
     */
    Bond issue(IssueBondRequest request);

    /**
     * Settles one chunk of the issue (the issuer): the next subscriptions after the ledger's
     * cursor; {@code request.allotments()} must name exactly the chunk's pending subscriptions,
     * or be empty to allot them in full. The first chunk closes the book. Replay-safe: a chunk
     * sent again goes on after the cursor.
     *
     * @param request the bond, the chunk's allotments, the issuance costs, the chunk size
     * @return the bond, SETTLING until the last chunk, then ISSUED
     * @throws RejectedException the codes of {@link #issue}
     */
    Bond issueChunk(IssueBondRequest request);

    /**
     * Reads one subscription; the issuer sees every one, other orgs their own clients' (the
     * registry and the regulator see all).
     *
     * @param bondId         the bond's ISIN
     * @param subscriptionId the subscription's id
     * @return the subscription with its status, escrow and allotted units
     * @throws RejectedException {@code NOT_FOUND} for an unknown subscription;
     *                           {@code NOT_AUTHORIZED} for another bank's client
     */
    Subscription subscription(String bondId, String subscriptionId);

    /**
     * The book of subscriptions, for the issuer, the registry and the regulator.
     *
     * @param bondId the bond's ISIN
     * @return every subscription of the bond, in subscription id order
     * @throws RejectedException {@code NOT_AUTHORIZED} for any other org
     */
    List<Subscription> subscriptions(String bondId);

    /**
     * Fixes every holder of a coupon period, on or after its record date (the issuer): sends
     * chunks of {@code request.maxHolders()} until the record is fixed, and returns it. While it
     * takes more than one transaction the bond's register is closed (no unit moves). Each holder's
     * coupon becomes its own entitlement; the final period is fixed by {@link #redeem} instead.
     *
     * @param request the bond, the period number (from 1) and the chunk size
     * @return the period's record, fixed, with its holders and total owed
     * @throws RejectedException {@code NOT_DUE} before the record date or the period's start;
     *                           {@code INVALID_STATE} if the bond is not ISSUED, the record is
     *                           fixed already, another period is being fixed, or it is the final
     *                           period; {@code INVALID_ARGUMENT} for a period beyond the schedule;
     *                           {@code NOT_AUTHORIZED} for any org but the issuer
     */
    CouponRecord fixRecordDate(FixRecordDateRequest request);

    /**
     * Fixes the next chunk of a period's holders (the issuer); the record shows the progress.
     * Replay-safe: a chunk sent again goes on after the last holder fixed.
     *
     * @param request the bond, the period number and the chunk size
     * @return the period's record, fixed once the last holder is reached
     * @throws RejectedException the codes of {@link #fixRecordDate}
     */
    CouponRecord fixRecordDateChunk(FixRecordDateRequest request);

    /**
     * Pays a fixed period from its payment date in deposit tokens (the issuer): sends chunks of
     * the payment run named by the request id until it is done. Returns what this call paid, the
     * chunks' payouts together, and the run's final progress; holders the cash could not reach
     * (frozen, sanctioned, KYC expired) are listed as blocked and stay DUE (a run under a new id
     * pays them later). The same request sent again goes on with the run, and once it is done
     * pays nobody.
     *
     * @param request the run's request id, the bond, the period, the deposit token (in the
     *                bond's currency) and the chunk size
     * @return the payout: holders paid, total paid, holders blocked, the run's progress
     * @throws RejectedException {@code NOT_FOUND} if the period's record date is not fixed;
     *                           {@code NOT_DUE} before the payment date; {@code INVALID_STATE}
     *                           while the holders are still being fixed; {@code REQUEST_ID_REUSED}
     *                           for a run id used by another request; {@code INVALID_ARGUMENT} for
     *                           a token in another currency; a movement rule's code on the
     *                           issuer's side (for example {@code INSUFFICIENT_UNITS})
     */
    Payout payCoupon(PayCouponRequest request);

    /**
     * Pays the next chunk of the payment run (the issuer); its payout shows the run's progress.
     *
     * @param request the run's request id, the bond, the period, the token and the chunk size
     * @return what this chunk paid and the run's progress
     * @throws RejectedException the codes of {@link #payCoupon}
     */
    Payout payCouponChunk(PayCouponRequest request);

    /**
     * Confirms that a due holder was paid off the ledger (the issuer as paying agent), recording
     * the payment's reference on the holder's entitlement. Not replay-safe: a second confirmation
     * of the same entitlement is refused.
     *
     * @param confirmation the bond, the period, the holder's account and the payment reference
     * @return a payout of one holder and its amount
     * @throws RejectedException {@code NOT_FOUND} if the holder has no entitlement in the period;
     *                           {@code INVALID_STATE} if it is no longer DUE
     */
    Payout confirmPayment(PaymentConfirmation confirmation);

    /**
     * Reads a period's record: its dates, the rate applied (with any step-up), the holders fixed
     * and the amounts owed.
     *
     * @param period the bond and the period number
     * @return the period's record, fixed or still being fixed
     * @throws RejectedException {@code NOT_FOUND} if fixing the period has not begun
     */
    CouponRecord couponRecord(CouponPeriodRef period);

    /**
     * The holders at a period's record date, with what each is owed and whether it was paid. The
     * issuer, the registry and the regulator see every holder; a custodian sees its own clients.
     *
     * @param period the bond and the period number
     * @return the entitlements the caller may see, in account id order
     * @throws RejectedException {@code NOT_FOUND} if the period's record date is not fixed
     */
    List<Entitlement> holderRegister(CouponPeriodRef period);

    /**
     * Marks the bond MATURED from its maturity date: it stops trading and principal is due (the
     * issuer).
     *
     * @param bondId the bond's ISIN
     * @return the bond, MATURED
     * @throws RejectedException {@code NOT_DUE} before the maturity date; {@code INVALID_STATE}
     *                           while a record date is being fixed; {@code INVALID_TRANSITION} if
     *                           the bond is not ISSUED
     */
    Bond mature(String bondId);

    /**
     * Redeems at maturity, or calls early with a call price and notice (the issuer): sends chunks
     * of {@code request.maxHolders()} holders, each paid and its units retired, until the bond is
     * REDEEMED or CALLED. Returns the chunks' payouts together; resumes a bond already REDEEMING.
     * At maturity each holder gets par and the final coupon; at a call, the call price and the
     * coupon accrued to the call date. The first chunk checks that the issuer's account could pay
     * every holder.
     *
     * @param request the bond, the deposit token, the call price per unit and notice hash (for a
     *                call) and the chunk size
     * @return the payout of every chunk sent, with the run's progress
     * @throws RejectedException {@code NOT_DUE} for a redemption before maturity;
     *                           {@code INVALID_TRANSITION} if the bond cannot be redeemed or called
     *                           from its status; {@code INVALID_ARGUMENT} for a call price below
     *                           the denomination or a token in another currency;
     *                           {@code INVALID_STATE} for a request other than the one that began
     *                           the redemption, or while a record date is being fixed; a movement
     *                           rule's code if the issuer cannot pay
     */
    Payout redeem(RedeemRequest request);

    /**
     * Pays and retires the next chunk of holders (the issuer); the bond is REDEEMING until the
     * last. Replay-safe: a chunk sent again goes on after the last holder paid.
     *
     * @param request the same request as the redemption's first chunk
     * @return what this chunk paid, with the run's progress
     * @throws RejectedException the codes of {@link #redeem}
     */
    Payout redeemChunk(RedeemRequest request);

    /**
     * Declares an event of default (a REGULATOR org): the bond becomes DEFAULTED and stops
     * trading; holders keep their claims.
     *
     * @param notice the bond and the hash of the default notice
     * @return the bond, DEFAULTED
     * @throws RejectedException {@code NOT_AUTHORIZED} for a caller without the REGULATOR role;
     *                           {@code INVALID_TRANSITION} unless the bond is ISSUED or MATURED
     */
    Bond declareDefault(DefaultNotice notice);
}
