package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.api.Transaction.CONFIRM_PAYMENT;
import static org.greenledger.chaincode.api.Transaction.FIX_RECORD_DATE;
import static org.greenledger.chaincode.api.Transaction.GET_COUPON_RECORD;
import static org.greenledger.chaincode.api.Transaction.GET_HOLDER_REGISTER;
import static org.greenledger.chaincode.api.Transaction.PAY_COUPON;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.util.List;
import java.util.Optional;
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
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.PaymentConfirmation;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Replays;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.account.AccountVisibility;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Coupons: at the record date the issuer (as paying agent) fixes the holders, each holder's
 * coupon becomes its own entitlement, and from the payment date it is paid in deposit tokens or
 * confirmed paid off the ledger. The final coupon is paid with the redemption. Fixing and paying
 * each walk the holders a bounded chunk per transaction, their progress on the ledger.
 */
@Contract(name = Contracts.COUPONS, info = @Info(title = "GreenLedger coupons", version = "0.1.0"))
public final class CouponContract implements GreenLedgerContract {
    private static final AccessPolicy ISSUER_STAFF = AccessPolicy.orgWith(OrgRole.ISSUER).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    /**
     * Fixes the next chunk of a coupon period's holders, from its record date: their
     * entitlements, and the period's record with the totals so far. Sent again until the record's
     * fixing is DONE. A fixing that takes more than one transaction closes the bond's register
     * from its first chunk to its last, so that no unit moves between a holder already fixed and
     * one not reached yet.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String FixRecordDate(GreenLedgerContext ctx, String requestJson) {
        FixRecordDateRequest request = Requests.decode(requestJson, FIX_RECORD_DATE);
        Bond bond = BondContract.issuersBond(ctx, request.bondId());
        CouponPeriod period = period(bond, request.period());
        if (period.number() == schedule(bond).periods().size()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the final coupon is paid with the redemption");
        }
        Optional<CouponRecord> before = new EntitlementBook(ctx.ledger()).record(bond.bondId(), period.number());
        StepUps.AppliedRate rate;
        if (before.isEmpty()) {
            requireFixable(ctx, bond, period);
            rate = new StepUps(ctx.ledger()).rateFor(bond, period);
        } else {
            requireFixing(bond, before.get());
            rate = new StepUps.AppliedRate(before.get().couponRate(), before.get().stepUp());
        }
        HolderFixing.Chunk chunk = HolderFixing.next(ctx.ledger(), bond, couponTerms(bond, period, rate),
                before.orElse(null), request.maxHolders());
        HolderFixing.save(ctx.ledger(), chunk);
        CouponRecord record = chunk.record();
        if (before.isEmpty() != record.fixed()) {
            // Only a fixing that spans transactions closes the register: from its first chunk to its last.
            new BondRegister(ctx.ledger()).save(bond.withRegisterClosedFor(record.fixed() ? 0 : period.number(),
                    ctx.ledger().now()));
        }
        ctx.ledger().emit(EventType.RECORD_DATE_FIXED, record);
        return Json.encode(record);
    }

    /** What starting to fix a period needs: an issued bond, the record date reached, no other fixing under way. */
    private static void requireFixable(GreenLedgerContext ctx, Bond bond, CouponPeriod period) {
        if (bond.status() != BondStatus.ISSUED) {
            throw new ContractError(ErrorCode.INVALID_STATE, "bond " + bond.bondId() + " is " + bond.status());
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
        if (bond.registerClosedFor() != 0) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the holders of period " + bond.registerClosedFor()
                    + " of " + bond.bondId() + " are being fixed: finish that first");
        }
    }

    /**
     * A period's record goes on being fixed only by the run that started it: a record date in
     * progress (its register is closed for it), not a finished one, nor a redemption's.
     */
    private static void requireFixing(Bond bond, CouponRecord record) {
        if (record.fixed()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the record date of period " + record.period() + " of "
                    + bond.bondId() + " is fixed: " + record.holders() + " holders");
        }
        if (bond.registerClosedFor() != record.period()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the holders of period " + record.period() + " of "
                    + bond.bondId() + " are being fixed by its " + bond.status());
        }
    }

    /**
     * Pays the next chunk of a period's holders still DUE, from the payment date, in the payment
     * run named by the request id. Sent again until the run is DONE; a DONE run sent again pays
     * nobody and changes nothing.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String PayCoupon(GreenLedgerContext ctx, String requestJson) {
        PayCouponRequest request = Requests.decode(requestJson, PAY_COUPON);
        Bond bond = BondContract.issuersBond(ctx, request.bondId());
        CouponRecord record = fixed(ctx, bond.bondId(), request.period());
        if (!record.fixed()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the holders of period " + record.period()
                    + " are still being fixed: " + record.holders() + " so far");
        }
        if (ctx.ledger().today().isBefore(record.paymentDate())) {
            throw new ContractError(ErrorCode.NOT_DUE, "period " + record.period() + " is payable from "
                    + record.paymentDate());
        }
        EntitlementBook book = new EntitlementBook(ctx.ledger());
        RunProgress progress = book.paymentRun(bond.bondId(), record.period(), request.requestId()).orElse(null);
        if (progress != null && progress.done()) {
            Replays.claimRun(ctx, PAY_COUPON, List.of(bond.bondId()), request.requestId(), request.run());
            return Json.encode(new Payout(bond.bondId(), record.period(), 0, 0, List.of(), progress));
        }
        Ledger.Chunk<Entitlement> chunk = book.entitlementsAfter(bond.bondId(), record.period(),
                progress == null ? null : progress.cursor(), request.maxHolders());
        List<Entitlement> entitlements = chunk.groups().values().stream().map(g -> g.get(0).record()).toList();
        PayingAgent agent = new PayingAgent(ctx.ledger());
        // Everything that can refuse the chunk answers before the run is claimed or anyone is paid.
        agent.requirePayable(bond, request.cashTokenId(), entitlements);
        Replays.claimRun(ctx, PAY_COUPON, List.of(bond.bondId()), request.requestId(), request.run());
        RunProgress after = RunProgress.after(progress, chunk.last(), entitlements.size(), chunk.more(),
                ctx.ledger().now());
        Payout payout = agent.pay(bond, record.period(), request.cashTokenId(), entitlements, after);
        book.savePaymentRun(bond.bondId(), record.period(), request.requestId(), after);
        ctx.ledger().emit(EventType.COUPON_PAID, payout);
        return Json.encode(payout);
    }

    /** The paying agent (the issuer) confirms that a DUE entitlement was paid off the ledger. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ConfirmPayment(GreenLedgerContext ctx, String confirmationJson) {
        PaymentConfirmation confirmation = Requests.decode(confirmationJson, CONFIRM_PAYMENT);
        Bond bond = BondContract.issuersBond(ctx, confirmation.bondId());
        EntitlementBook book = new EntitlementBook(ctx.ledger());
        Entitlement due = book.entitlement(bond.bondId(), confirmation.period(), confirmation.accountId())
                .orElseThrow(() -> ContractError.notFound("entitlement", confirmation.accountId()));
        if (due.status() != EntitlementStatus.DUE) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the entitlement of " + due.accountId() + " is " + due.status());
        }
        book.save(due.paid(confirmation.paymentReference(), ctx.ledger().now()));
        Payout payout = new Payout(bond.bondId(), due.period(), 1, due.totalMinor(), List.of(), null);
        ctx.ledger().emit(EventType.COUPON_PAID, payout);
        return Json.encode(payout);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetCouponRecord(GreenLedgerContext ctx, String periodJson) {
        MEMBER.check(ctx);
        CouponPeriodRef ref = Requests.decode(periodJson, GET_COUPON_RECORD);
        return Json.encode(fixed(ctx, ref.bondId(), ref.period()));
    }

    /**
     * The holder register at a period's record date: each holder's units and what it is owed and
     * paid. The issuer, the registry and the regulator see all holders; a custodian sees its own.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetHolderRegister(GreenLedgerContext ctx, String periodJson) {
        Caller caller = MEMBER.check(ctx);
        CouponPeriodRef ref = Requests.decode(periodJson, GET_HOLDER_REGISTER);
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

    /** What a coupon period's holders are owed: the period's coupon at {@code rate}, no principal. */
    static HolderFixing.Terms couponTerms(Bond bond, CouponPeriod period, StepUps.AppliedRate rate) {
        return new HolderFixing.Terms(period.number(), period.recordDate(), period.paymentDate(), rate, 0,
                units -> couponOf(bond, rate, units, period));
    }

    static long couponOf(Bond bond, StepUps.AppliedRate rate, long units, CouponPeriod period) {
        return bond.terms().couponType() == CouponType.ZERO ? 0 : CouponSchedule.couponAmount(units,
                bond.terms().denominationMinor(), rate.rate(), period.yearFraction());
    }
}
