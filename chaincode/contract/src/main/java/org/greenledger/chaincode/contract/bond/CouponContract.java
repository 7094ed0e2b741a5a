package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.PaymentConfirmation;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Replays;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.account.AccountVisibility;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.movement.HoldingBook;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Coupons: at the record date the issuer (as paying agent) fixes the holders, each holder's
 * coupon becomes its own entitlement, and from the payment date it is paid in deposit tokens or
 * confirmed paid off the ledger. The final coupon is paid with the redemption.
 */
@Contract(name = Contracts.COUPONS, info = @Info(title = "GreenLedger coupons", version = "0.1.0"))
public final class CouponContract implements GreenLedgerContract {
    private static final AccessPolicy ISSUER_STAFF = AccessPolicy.orgWith(OrgRole.ISSUER).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    /** Fixes the holders of a coupon period at its record date (on or after it). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String FixRecordDate(GreenLedgerContext ctx, String periodJson) {
        CouponPeriodRef ref = Requests.decode(periodJson, CouponPeriodRef.class);
        Bond bond = BondContract.issuersBond(ctx, ref.bondId());
        if (bond.status() != BondStatus.ISSUED) {
            throw new ContractError(ErrorCode.INVALID_STATE, "bond " + bond.bondId() + " is " + bond.status());
        }
        CouponPeriod period = period(bond, ref.period());
        if (period.number() == schedule(bond).periods().size()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the final coupon is paid with the redemption");
        }
        if (ctx.ledger().today().isBefore(period.recordDate())) {
            throw new ContractError(ErrorCode.NOT_DUE, "the record date of period " + period.number() + " is "
                    + period.recordDate());
        }
        // A rate is fixed only once its period has begun: what steps it up is the state at its start.
        if (ctx.ledger().today().isBefore(period.accrualStart())) {
            throw new ContractError(ErrorCode.NOT_DUE, "period " + period.number() + " starts on "
                    + period.accrualStart());
        }
        EntitlementBook book = new EntitlementBook(ctx.ledger());
        if (book.record(bond.bondId(), period.number()).isPresent()) {
            throw ContractError.alreadyExists("record date of period", String.valueOf(period.number()));
        }
        StepUps.AppliedRate rate = new StepUps(ctx.ledger()).rateFor(bond, period);
        CouponRecord record = fix(ctx, bond, plan(ctx, bond, period.number(), period.recordDate(), period.paymentDate(),
                0, rate, units -> couponOf(bond, rate, units, period)), false).record();
        ctx.ledger().emit(EventType.RECORD_DATE_FIXED, record);
        return Json.encode(record);
    }

    /** Pays every holder still DUE for the period, from the payment date on. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String PayCoupon(GreenLedgerContext ctx, String requestJson) {
        PayCouponRequest request = Requests.decode(requestJson, PayCouponRequest.class);
        Bond bond = BondContract.issuersBond(ctx, request.bondId());
        return Replays.once(ctx, org.greenledger.chaincode.api.Transaction.PAY_COUPON, List.of(bond.bondId()),
                request.requestId(), request, () -> {
                    CouponRecord record = fixed(ctx, bond.bondId(), request.period());
                    if (ctx.ledger().today().isBefore(record.paymentDate())) {
                        throw new ContractError(ErrorCode.NOT_DUE, "period " + record.period() + " is payable from "
                                + record.paymentDate());
                    }
                    Payout payout = new PayingAgent(ctx.ledger()).pay(bond, record.period(), request.cashTokenId(),
                            new EntitlementBook(ctx.ledger()).entitlements(bond.bondId(), record.period()));
                    ctx.ledger().emit(EventType.COUPON_PAID, payout);
                    return payout;
                });
    }

    /** The paying agent (the issuer) confirms that a DUE entitlement was paid off the ledger. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ConfirmPayment(GreenLedgerContext ctx, String confirmationJson) {
        PaymentConfirmation confirmation = Requests.decode(confirmationJson, PaymentConfirmation.class);
        Bond bond = BondContract.issuersBond(ctx, confirmation.bondId());
        EntitlementBook book = new EntitlementBook(ctx.ledger());
        Entitlement due = book.entitlement(bond.bondId(), confirmation.period(), confirmation.accountId())
                .orElseThrow(() -> ContractError.notFound("entitlement", confirmation.accountId()));
        if (due.status() != EntitlementStatus.DUE) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the entitlement of " + due.accountId() + " is " + due.status());
        }
        book.save(due.paid(confirmation.paymentReference(), ctx.ledger().now()));
        Payout payout = new Payout(bond.bondId(), due.period(), 1, due.totalMinor(), List.of());
        ctx.ledger().emit(EventType.COUPON_PAID, payout);
        return Json.encode(payout);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetCouponRecord(GreenLedgerContext ctx, String periodJson) {
        MEMBER.check(ctx);
        CouponPeriodRef ref = Requests.decode(periodJson, CouponPeriodRef.class);
        return Json.encode(fixed(ctx, ref.bondId(), ref.period()));
    }

    /**
     * The holder register at a period's record date: each holder's units and what it is owed and
     * paid. The issuer, the registry and the regulator see all holders; a custodian sees its own.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetHolderRegister(GreenLedgerContext ctx, String periodJson) {
        Caller caller = MEMBER.check(ctx);
        CouponPeriodRef ref = Requests.decode(periodJson, CouponPeriodRef.class);
        Bond bond = new BondRegister(ctx.ledger()).get(ref.bondId());
        fixed(ctx, bond.bondId(), ref.period());
        List<Entitlement> all = new EntitlementBook(ctx.ledger()).entitlements(bond.bondId(), ref.period());
        if (caller.mspId().equals(bond.terms().issuerMspId()) || AccountVisibility.isOverseer(ctx, caller)) {
            return Json.encode(all);
        }
        AccountBook accounts = new AccountBook(ctx.ledger());
        return Json.encode(all.stream()
                .filter(e -> accounts.get(e.accountId()).custodianMspId().equals(caller.mspId())).toList());
    }

    static CouponSchedule schedule(Bond bond) {
        return bond.terms().couponType() == CouponType.ZERO ? CouponSchedule.none()
                : CouponSchedule.of(bond.terms().schedule());
    }

    static CouponPeriod period(Bond bond, int number) {
        List<CouponPeriod> periods = schedule(bond).periods();
        if (number > periods.size()) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "bond " + bond.bondId() + " has " + periods.size()
                    + " coupon periods");
        }
        return periods.get(number - 1);
    }

    private static CouponRecord fixed(GreenLedgerContext ctx, String bondId, int period) {
        return new EntitlementBook(ctx.ledger()).record(bondId, period)
                .orElseThrow(() -> new ContractError(ErrorCode.NOT_FOUND, "the record date of period " + period
                        + " of " + bondId + " has not been fixed"));
    }

    /** A period's record and its holders' entitlements, as written in this transaction. */
    record Fixing(CouponRecord record, List<Entitlement> entitlements) {
    }

    /** What fixing a period will write, worked out from the holdings before anything is written. */
    record Plan(int period, java.time.LocalDate recordDate, java.time.LocalDate paymentDate, StepUps.AppliedRate rate,
            List<Entitlement> entitlements) {
    }

    /**
     * Each holder's entitlement for the period (its coupon, and {@code principalPerUnitMinor} per
     * unit at the bond's end), from the holdings now; writes nothing.
     */
    static Plan plan(GreenLedgerContext ctx, Bond bond, int period, java.time.LocalDate recordDate,
            java.time.LocalDate paymentDate, long principalPerUnitMinor, StepUps.AppliedRate rate,
            java.util.function.LongUnaryOperator coupon) {
        List<Entitlement> entitlements = new ArrayList<>();
        for (Holding holder : new HoldingBook(ctx.ledger()).holders(bond.bondId())) {
            entitlements.add(new Entitlement(bond.bondId(), period, holder.accountId(), holder.units(),
                    coupon.applyAsLong(holder.units()), Sums.times("a holder's principal", holder.units(),
                    principalPerUnitMinor), EntitlementStatus.DUE, null, null));
        }
        return new Plan(period, recordDate, paymentDate, rate, entitlements);
    }

    /**
     * Writes each holder's entitlement and the period's record; with {@code retire} the units are
     * also removed (the bond's end), through the movement core.
     */
    static Fixing fix(GreenLedgerContext ctx, Bond bond, Plan plan, boolean retire) {
        if (retire) {
            new MovementCore(ctx.ledger()).redeemAll(Assets.rulesOf(bond), "retired (period " + plan.period() + ")");
        }
        EntitlementBook book = new EntitlementBook(ctx.ledger());
        long units = 0;
        long coupons = 0;
        long principal = 0;
        for (Entitlement e : plan.entitlements()) {
            book.save(e);
            units = Sums.add("the units of the holders", units, e.units());
            coupons = Sums.add("the coupons of the holders", coupons, e.couponMinor());
            principal = Sums.add("the principal of the holders", principal, e.principalMinor());
        }
        CouponRecord record = new CouponRecord(bond.bondId(), plan.period(), plan.recordDate(), plan.paymentDate(),
                plan.entitlements().size(), units, coupons, principal, ctx.ledger().now(), plan.rate().rate(),
                plan.rate().stepUp());
        book.save(record);
        return new Fixing(record, plan.entitlements());
    }

    static long couponOf(Bond bond, StepUps.AppliedRate rate, long units, CouponPeriod period) {
        return bond.terms().couponType() == CouponType.ZERO ? 0 : CouponSchedule.couponAmount(units,
                bond.terms().denominationMinor(), rate.rate(), period.yearFraction());
    }
}
