package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.api.Transaction.DECLARE_DEFAULT;
import static org.greenledger.chaincode.api.Transaction.REDEEM_BOND;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondClosure;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.DefaultNotice;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The end of a bond: maturity, redemption at par with the final coupon, an early call at the
 * call price with the coupon accrued to the call date, or an event of default declared by the
 * regulator. A redemption or call pays and retires the holders a bounded chunk per transaction:
 * the bond is REDEEMING from the first chunk to the last, and nothing moves its units meanwhile.
 * A holder the cash cannot reach stays DUE, to be paid later.
 */
@Contract(name = Contracts.REDEMPTION, info = @Info(title = "GreenLedger redemption", version = "0.1.0"))
public final class RedemptionContract implements GreenLedgerContract {
    private static final AccessPolicy ISSUER_STAFF = AccessPolicy.orgWith(OrgRole.ISSUER).users(OPERATOR, ADMIN);
    private static final AccessPolicy REGULATOR_STAFF = AccessPolicy.orgWith(OrgRole.REGULATOR).users(OPERATOR, ADMIN);

    /** From the maturity date the bond stops trading: principal is due. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String MatureBond(GreenLedgerContext ctx, String bondId) {
        Bond bond = BondContract.issuersBond(ctx, bondId);
        requireMaturity(ctx, bond);
        requireNoFixing(bond);
        Bond matured = ContractError.enforce(() -> bond.moveTo(BondStatus.MATURED, ctx.ledger().now()));
        new BondRegister(ctx.ledger()).save(matured);
        ctx.ledger().emit(EventType.BOND_MATURED, matured);
        return Json.encode(matured);
    }

    /**
     * Redeems at maturity (par and the final coupon) or calls early (call price and accrued
     * coupon), a chunk of holders per transaction: each holder of the chunk is paid and its units
     * retired. The first chunk moves the bond to REDEEMING; the same request is sent again until
     * the chunk that reaches the last holder moves it to REDEEMED or CALLED.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RedeemBond(GreenLedgerContext ctx, String requestJson) {
        Caller caller = ISSUER_STAFF.check(ctx);
        RedeemRequest request = Requests.decode(requestJson, REDEEM_BOND);
        Bond bond = BondContract.issuersBond(ctx, request.bondId());
        PayingAgent.paymentToken(ctx.ledger(), bond, request.cashTokenId());
        boolean first = bond.status() != BondStatus.REDEEMING;
        Bond redeeming = first ? begin(ctx, caller, bond, request) : goOn(bond, request);
        BondClosure closure = redeeming.closure();
        HolderFixing.Terms terms = endTerms(ctx, bond, closure);
        EntitlementBook book = new EntitlementBook(ctx.ledger());
        Optional<CouponRecord> before = book.record(bond.bondId(), terms.period());
        if (first && before.isPresent()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the record date of period " + terms.period() + " of "
                    + bond.bondId() + " is fixed already: call it from the end of that period");
        }
        HolderFixing.Chunk chunk = HolderFixing.next(ctx.ledger(), bond, terms, before.orElse(null),
                request.maxHolders());
        PayingAgent agent = new PayingAgent(ctx.ledger());
        // What can refuse the chunk answers before a unit is retired: the first chunk makes sure
        // the issuer could pay every holder, so that a redemption begun is not stranded halfway.
        if (first) {
            agent.requireFunds(bond, request.cashTokenId(), mostOwed(bond, terms));
        }
        agent.requirePayable(bond, request.cashTokenId(), chunk.entitlements());
        new MovementCore(ctx.ledger()).redeem(Assets.rulesOf(redeeming), chunk.holders(),
                "retired (period " + terms.period() + ")");
        HolderFixing.save(ctx.ledger(), chunk);
        CouponRecord record = chunk.record();
        Payout payout = agent.pay(bond, terms.period(), request.cashTokenId(), chunk.entitlements(), record.fixing());
        if (record.fixed()) {
            BondClosure done = new BondClosure(closure.status(), closure.declaredBy(), closure.pricePerUnitMinor(),
                    closure.documentHash(), record.holders(), closure.at());
            new BondRegister(ctx.ledger()).save(ContractError.enforce(() -> redeeming.closed(done,
                    ctx.ledger().now())));
        } else if (first) {
            new BondRegister(ctx.ledger()).save(redeeming);
        }
        ctx.ledger().emit(closure.status() == BondStatus.CALLED ? EventType.BOND_CALLED : EventType.BOND_REDEEMED,
                payout);
        return Json.encode(payout);
    }

    /** The first chunk: checks the redemption or call and moves the bond to REDEEMING with how it ends. */
    private static Bond begin(GreenLedgerContext ctx, Caller caller, Bond bond, RedeemRequest request) {
        BondStatus end;
        long pricePerUnit;
        if (request.call()) {
            end = BondStatus.CALLED;
            pricePerUnit = request.callPricePerUnitMinor();
            if (pricePerUnit < bond.terms().denominationMinor()) {
                throw new ContractError(ErrorCode.INVALID_ARGUMENT, "the call price is below the denomination "
                        + bond.terms().denominationMinor());
            }
            if (bond.status() != BondStatus.ISSUED) {
                throw new ContractError(ErrorCode.INVALID_TRANSITION, "bond " + bond.bondId() + " cannot be called from "
                        + bond.status());
            }
        } else {
            end = BondStatus.REDEEMED;
            pricePerUnit = bond.terms().denominationMinor();
            requireMaturity(ctx, bond);
            if (!List.of(BondStatus.ISSUED, BondStatus.MATURED).contains(bond.status())) {
                throw new ContractError(ErrorCode.INVALID_TRANSITION, "bond " + bond.bondId() + " cannot be redeemed from "
                        + bond.status());
            }
        }
        requireNoFixing(bond);
        BondClosure closure = new BondClosure(end, caller.mspId(), pricePerUnit, request.noticeDocumentHash(), 0,
                ctx.ledger().now());
        return ContractError.enforce(() -> (bond.status() == BondStatus.ISSUED && end == BondStatus.REDEEMED
                ? bond.moveTo(BondStatus.MATURED, ctx.ledger().now()) : bond).redeeming(closure));
    }

    /** A later chunk: the request must be the one that began the redemption. */
    private static Bond goOn(Bond bond, RedeemRequest request) {
        BondClosure closure = bond.closure();
        boolean same = request.call() == (closure.status() == BondStatus.CALLED)
                && (!request.call() || request.callPricePerUnitMinor() == closure.pricePerUnitMinor()
                        && request.noticeDocumentHash().equals(closure.documentHash()));
        if (!same) {
            throw new ContractError(ErrorCode.INVALID_STATE, "bond " + bond.bondId() + " is REDEEMING for a "
                    + (closure.status() == BondStatus.CALLED ? "call at " + closure.pricePerUnitMinor()
                            + " a unit under notice " + closure.documentHash() : "redemption at maturity")
                    + ": send that request again");
        }
        return bond;
    }

    /** A record date fixed over several transactions is finished before the bond can end. */
    private static void requireNoFixing(Bond bond) {
        if (bond.registerClosedFor() != 0) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the holders of period " + bond.registerClosedFor()
                    + " of " + bond.bondId() + " are being fixed: finish that first");
        }
    }

    /**
     * At most what the holders of every unit issued can be owed: principal, and the coupon on all
     * the units plus half a minor unit per unit (each holder's coupon is rounded once, by at most
     * half a minor unit, and no holder has fewer than one unit).
     */
    private static long mostOwed(Bond bond, HolderFixing.Terms terms) {
        long units = bond.issue().unitsIssued();
        return Sums.add("what the redemption may owe", Sums.times("the principal of every unit", units,
                terms.principalPerUnitMinor()), Sums.add("the coupons of every unit",
                terms.coupon().applyAsLong(units), units / 2 + 1));
    }

    /** The regulator declares an event of default: the bond stops trading; holders keep their claims. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String DeclareDefault(GreenLedgerContext ctx, String noticeJson) {
        Caller caller = REGULATOR_STAFF.check(ctx);
        DefaultNotice notice = Requests.decode(noticeJson, DECLARE_DEFAULT);
        Bond bond = new BondRegister(ctx.ledger()).get(notice.bondId());
        Bond defaulted = ContractError.enforce(() -> bond.closed(new BondClosure(BondStatus.DEFAULTED, caller.mspId(), 0,
                notice.noticeDocumentHash(), 0, ctx.ledger().now()), ctx.ledger().now()));
        new BondRegister(ctx.ledger()).save(defaulted);
        ctx.ledger().emit(EventType.BOND_DEFAULTED, defaulted);
        return Json.encode(defaulted);
    }

    private static void requireMaturity(GreenLedgerContext ctx, Bond bond) {
        LocalDate maturity = bond.terms().schedule().maturityDate();
        if (ctx.ledger().today().isBefore(maturity)) {
            throw new ContractError(ErrorCode.NOT_DUE, "bond " + bond.bondId() + " matures on " + maturity);
        }
    }

    /**
     * What each holder is owed at the bond's end, from the closure the first chunk recorded (its
     * date is the redemption or call date), so every chunk owes the same. At maturity: par and
     * the final period's coupon (a zero coupon bond: par only). At a call: the call price and the
     * coupon accrued from the start of the current period to the call date, measured as the
     * period is (a stub against its notional periods).
     */
    private static HolderFixing.Terms endTerms(GreenLedgerContext ctx, Bond bond, BondClosure closure) {
        LocalDate day = LocalDate.ofInstant(closure.at(), ZoneOffset.UTC);
        long price = closure.pricePerUnitMinor();
        List<CouponPeriod> periods = CouponContract.schedule(bond).periods();
        if (closure.status() == BondStatus.CALLED) {
            CouponPeriod current = periods.stream()
                    .filter(p -> !day.isBefore(p.accrualStart()) && day.isBefore(p.accrualEnd())).findFirst()
                    .orElse(null);
            if (current == null) {
                int number = bond.terms().couponType() == CouponType.ZERO ? 1 : periods.size();
                return new HolderFixing.Terms(number, day, day, noCoupon(bond), price, units -> 0);
            }
            var terms = bond.terms();
            var accrued = CouponSchedule.accrued(terms.schedule(), current, day);
            StepUps.AppliedRate rate = rateOf(ctx, bond, current);
            return new HolderFixing.Terms(current.number(), day, day, rate, price,
                    units -> CouponSchedule.couponAmount(units, terms.denominationMinor(), rate.rate(), accrued));
        }
        if (periods.isEmpty()) {
            return new HolderFixing.Terms(1, day, day, noCoupon(bond), price, units -> 0);
        }
        CouponPeriod last = periods.get(periods.size() - 1);
        StepUps.AppliedRate rate = rateOf(ctx, bond, last);
        return new HolderFixing.Terms(last.number(), day, last.paymentDate(), rate, price,
                units -> CouponContract.couponOf(bond, rate, units, last));
    }

    /** A period's rate as its record keeps it once the redemption has begun, else as the step-ups give it. */
    private static StepUps.AppliedRate rateOf(GreenLedgerContext ctx, Bond bond, CouponPeriod period) {
        if (bond.status() == BondStatus.REDEEMING) {
            CouponRecord record = new EntitlementBook(ctx.ledger()).record(bond.bondId(), period.number()).orElseThrow();
            return new StepUps.AppliedRate(record.couponRate(), record.stepUp());
        }
        return new StepUps(ctx.ledger()).rateFor(bond, period);
    }

    /** What a fixing records as its rate when no coupon is owed (a zero coupon bond, a call after the last period). */
    private static StepUps.AppliedRate noCoupon(Bond bond) {
        return new StepUps.AppliedRate(bond.terms().couponRate(), null);
    }
}
