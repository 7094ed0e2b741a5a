package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondClosure;
import org.greenledger.chaincode.api.bond.BondStatus;
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
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The end of a bond: maturity, redemption at par with the final coupon, an early call at the
 * call price with the coupon accrued to the call date, or an event of default declared by the
 * regulator. Redemption and call retire every unit and pay every holder in one transaction;
 * a holder the cash cannot reach stays DUE, to be paid later.
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
        Bond matured = ContractError.enforce(() -> bond.moveTo(BondStatus.MATURED, ctx.ledger().now()));
        new BondRegister(ctx.ledger()).save(matured);
        ctx.ledger().emit(EventType.BOND_MATURED, matured);
        return Json.encode(matured);
    }

    /** Redeems at maturity (par and the final coupon) or calls early (call price and accrued coupon). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RedeemBond(GreenLedgerContext ctx, String requestJson) {
        Caller caller = ISSUER_STAFF.check(ctx);
        RedeemRequest request = Requests.decode(requestJson, RedeemRequest.class);
        Bond bond = BondContract.issuersBond(ctx, request.bondId());
        LocalDate today = ctx.ledger().today();
        // What can refuse the redemption answers before the units are retired: the paying token.
        PayingAgent.paymentToken(ctx.ledger(), bond, request.cashTokenId());
        CouponContract.Plan plan;
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
            plan = callPlan(ctx, bond, today, pricePerUnit);
        } else {
            end = BondStatus.REDEEMED;
            pricePerUnit = bond.terms().denominationMinor();
            requireMaturity(ctx, bond);
            if (!List.of(BondStatus.ISSUED, BondStatus.MATURED).contains(bond.status())) {
                throw new ContractError(ErrorCode.INVALID_TRANSITION, "bond " + bond.bondId() + " cannot be redeemed from "
                        + bond.status());
            }
            plan = finalPlan(ctx, bond, today, pricePerUnit);
        }
        Bond closed = ContractError.enforce(() -> (bond.status() == BondStatus.ISSUED && end == BondStatus.REDEEMED
                ? bond.moveTo(BondStatus.MATURED, ctx.ledger().now()) : bond)
                .closed(new BondClosure(end, caller.mspId(), pricePerUnit, request.noticeDocumentHash(),
                        plan.entitlements().size(), ctx.ledger().now())));
        PayingAgent agent = new PayingAgent(ctx.ledger());
        // The issuer must be able to pay before a single unit is retired.
        agent.requirePayable(bond, request.cashTokenId(), plan.entitlements());
        CouponContract.Fixing fixing = CouponContract.fix(ctx, bond, plan, true);
        Payout payout = agent.pay(bond, fixing.record().period(), request.cashTokenId(), fixing.entitlements());
        new BondRegister(ctx.ledger()).save(closed);
        ctx.ledger().emit(end == BondStatus.CALLED ? EventType.BOND_CALLED : EventType.BOND_REDEEMED, payout);
        return Json.encode(payout);
    }

    /** The regulator declares an event of default: the bond stops trading; holders keep their claims. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String DeclareDefault(GreenLedgerContext ctx, String noticeJson) {
        Caller caller = REGULATOR_STAFF.check(ctx);
        DefaultNotice notice = Requests.decode(noticeJson, DefaultNotice.class);
        Bond bond = new BondRegister(ctx.ledger()).get(notice.bondId());
        Bond defaulted = ContractError.enforce(() -> bond.closed(new BondClosure(BondStatus.DEFAULTED, caller.mspId(), 0,
                notice.noticeDocumentHash(), 0, ctx.ledger().now())));
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

    /** Holders at redemption get par and the final period's coupon (a zero coupon bond: par only). */
    private static CouponContract.Plan finalPlan(GreenLedgerContext ctx, Bond bond, LocalDate today, long par) {
        List<CouponPeriod> periods = CouponContract.schedule(bond).periods();
        if (periods.isEmpty()) {
            return CouponContract.plan(ctx, bond, 1, today, today, par, noCoupon(bond), units -> 0);
        }
        CouponPeriod last = periods.get(periods.size() - 1);
        StepUps.AppliedRate rate = new StepUps(ctx.ledger()).rateFor(bond, last);
        return CouponContract.plan(ctx, bond, last.number(), today, last.paymentDate(), par, rate,
                units -> CouponContract.couponOf(bond, rate, units, last));
    }

    /**
     * Holders at a call get the call price and the coupon accrued from the start of the current
     * period to the call date, measured as the period is (a stub against its notional periods).
     */
    private static CouponContract.Plan callPlan(GreenLedgerContext ctx, Bond bond, LocalDate today, long price) {
        List<CouponPeriod> periods = CouponContract.schedule(bond).periods();
        CouponPeriod current = periods.stream()
                .filter(p -> !today.isBefore(p.accrualStart()) && today.isBefore(p.accrualEnd())).findFirst()
                .orElse(null);
        if (current == null) {
            int number = bond.terms().couponType() == CouponType.ZERO ? 1 : periods.size();
            return CouponContract.plan(ctx, bond, number, today, today, price, noCoupon(bond), units -> 0);
        }
        var terms = bond.terms();
        var accrued = CouponSchedule.accrued(terms.schedule(), current, today);
        StepUps.AppliedRate rate = new StepUps(ctx.ledger()).rateFor(bond, current);
        return CouponContract.plan(ctx, bond, current.number(), today, today, price, rate,
                units -> CouponSchedule.couponAmount(units, terms.denominationMinor(), rate.rate(), accrued));
    }

    /** What a fixing records as its rate when no coupon is owed (a zero coupon bond, a call after the last period). */
    private static StepUps.AppliedRate noCoupon(Bond bond) {
        return new StepUps.AppliedRate(bond.terms().couponRate(), null);
    }
}
