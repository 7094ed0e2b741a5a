package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.api.Transaction.CREATE_BOND;
import static org.greenledger.chaincode.api.Transaction.OBSERVE_TARGET;
import static org.greenledger.chaincode.api.Transaction.REVIEW_BOND;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondQuery;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.SecondPartyOpinion;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.TargetObservation;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.access.Membership;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Green bonds before issue: the issuer drafts the terms, the external reviewer named in the
 * green framework gives its second-party opinion, the registry approves, the issuer opens
 * subscriptions, or cancels. Each step is checked against the lifecycle ({@link BondStatus}).
 */
@Contract(name = Contracts.BONDS, info = @Info(title = "GreenLedger green bonds", version = "0.1.0"))
public final class BondContract implements GreenLedgerContract {
    private static final AccessPolicy ISSUER_STAFF = AccessPolicy.orgWith(OrgRole.ISSUER).users(OPERATOR, ADMIN);
    private static final AccessPolicy VERIFIER_STAFF = AccessPolicy.orgWith(OrgRole.VERIFIER).users(OPERATOR, ADMIN);
    private static final AccessPolicy REGISTRY_STAFF = AccessPolicy.orgWith(OrgRole.REGISTRY).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();
    private static final String TARGET_OBSERVATION = "targetObservation";

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CreateBond(GreenLedgerContext ctx, String termsJson) {
        Caller caller = ISSUER_STAFF.check(ctx);
        BondTerms terms = Requests.decode(termsJson, CREATE_BOND).withDefaults();
        if (!terms.issuerMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized(caller.mspId() + " cannot create a bond issued by " + terms.issuerMspId());
        }
        if (terms.schedule().issueDate().isBefore(ctx.ledger().today())) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "issueDate " + terms.schedule().issueDate()
                    + " is before the transaction date " + ctx.ledger().today());
        }
        BondRegister register = new BondRegister(ctx.ledger());
        if (Assets.exists(ctx.ledger(), terms.bondId())) {
            throw ContractError.alreadyExists("asset", terms.bondId());
        }
        Account proceeds = new AccountBook(ctx.ledger()).get(terms.issuerAccountId());
        if (proceeds.status() != AccountStatus.ACTIVE) {
            throw new ContractError(ErrorCode.INVALID_STATE, "issuer account " + proceeds.accountId() + " is "
                    + proceeds.status());
        }
        new Membership(ctx.ledger()).requireRole("external reviewer", terms.framework().externalReviewerMspId(),
                OrgRole.VERIFIER);
        Bond bond = Bond.draft(terms, ctx.ledger().now());
        register.save(bond);
        ctx.ledger().emit(EventType.BOND_CREATED, bond);
        return Json.encode(bond);
    }

    /** The reviewer named in the bond's green framework records its second-party opinion. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ReviewBond(GreenLedgerContext ctx, String requestJson) {
        ReviewBondRequest request = Requests.decode(requestJson, REVIEW_BOND);
        Bond bond = reviewersBond(ctx, request.bondId());
        SecondPartyOpinion opinion = new SecondPartyOpinion(bond.terms().framework().externalReviewerMspId(),
                request.opinionDocumentHash(), ctx.ledger().now());
        return save(ctx, new BondRegister(ctx.ledger()), ContractError.enforce(() -> bond.reviewed(opinion)),
                EventType.BOND_REVIEWED);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ApproveBond(GreenLedgerContext ctx, String bondId) {
        Caller caller = REGISTRY_STAFF.check(ctx);
        BondRegister register = new BondRegister(ctx.ledger());
        Bond bond = register.get(validBondId(bondId));
        return save(ctx, register, ContractError.enforce(() -> bond.approved(caller.mspId(), ctx.ledger().now())),
                EventType.BOND_APPROVED);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String OpenSubscriptions(GreenLedgerContext ctx, String bondId) {
        Bond bond = issuersBond(ctx, bondId);
        return save(ctx, new BondRegister(ctx.ledger()),
                ContractError.enforce(() -> bond.moveTo(BondStatus.OPEN, ctx.ledger().now())), EventType.BOND_OPENED);
    }

    /** Withdraws a bond before issue (issuer); every pending subscription is refunded. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CancelBond(GreenLedgerContext ctx, String bondId) {
        Bond bond = issuersBond(ctx, bondId);
        Bond cancelled = ContractError.enforce(() -> bond.moveTo(BondStatus.CANCELLED, ctx.ledger().now()));
        SubscriptionBook subscriptions = new SubscriptionBook(ctx.ledger());
        subscriptions.pending(bond.bondId()).forEach(subscriptions::refund);
        return save(ctx, new BondRegister(ctx.ledger()), cancelled, EventType.BOND_CANCELLED);
    }

    /**
     * The bond's external reviewer attests whether a sustainability-linked bond met its performance
     * target; a miss steps up the coupons of the periods that start after it, until a met target
     * (the cure). Only the reviewer decides: the issuer cannot set or clear the trigger.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ObserveTarget(GreenLedgerContext ctx, String observationJson) {
        TargetObservation observation = Requests.decode(observationJson, OBSERVE_TARGET);
        Bond bond = reviewersBond(ctx, observation.bondId());
        if (bond.terms().sustainabilityLink() == null) {
            throw new ContractError(ErrorCode.INVALID_STATE, "bond " + bond.bondId() + " is not sustainability-linked");
        }
        if (bond.status() != BondStatus.ISSUED) {
            throw new ContractError(ErrorCode.INVALID_STATE, "bond " + bond.bondId() + " is " + bond.status()
                    + "; its target is observed while it is ISSUED");
        }
        String key = ctx.ledger().key(TARGET_OBSERVATION, bond.bondId(), observation.observationId());
        if (ctx.ledger().exists(key)) {
            throw ContractError.alreadyExists("target observation", observation.observationId());
        }
        ctx.ledger().write(key, observation);
        StepUpTrigger trigger = new StepUps(ctx.ledger()).targetObserved(bond, observation.targetMet(), "observation "
                + observation.observationId() + " by " + bond.terms().framework().externalReviewerMspId()
                + (observation.targetMet() ? ": target met" : ": target missed") + ", evidence "
                + observation.evidenceHash());
        ctx.ledger().emit(EventType.TARGET_OBSERVED, trigger);
        return Json.encode(trigger);
    }

    /** Every change of a sustainability-linked bond's step-up triggers, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetStepUpTriggers(GreenLedgerContext ctx, String bondId) {
        MEMBER.check(ctx);
        Bond bond = new BondRegister(ctx.ledger()).get(validBondId(bondId));
        return Json.encode(new StepUps(ctx.ledger()).history(bond.bondId()));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetBond(GreenLedgerContext ctx, String bondId) {
        MEMBER.check(ctx);
        return Json.encode(new BondRegister(ctx.ledger()).get(validBondId(bondId)));
    }

    /** The bond's coupon periods, derived from its terms (none for a ZERO coupon bond). */
    /**
     * The bonds, a page at a time in ISIN order, optionally only those in one status (empty for
     * any) or of one issuer (empty for any); see {@link org.greenledger.chaincode.api.bond.BondQuery}.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String FindBonds(GreenLedgerContext ctx, String status, String issuerMspId, int pageSize, String bookmark) {
        MEMBER.check(ctx);
        BondQuery query = ContractError.enforce(() -> new BondQuery(
                Requests.optionalEnum("status", status, BondStatus.class), Requests.optional(issuerMspId), pageSize,
                bookmark));
        return Json.encode(new BondRegister(ctx.ledger()).page(query));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetCouponSchedule(GreenLedgerContext ctx, String bondId) {
        MEMBER.check(ctx);
        BondTerms terms = new BondRegister(ctx.ledger()).get(validBondId(bondId)).terms();
        CouponSchedule schedule = terms.couponType() == CouponType.ZERO
                ? CouponSchedule.none()
                : CouponSchedule.of(terms.schedule());
        return Json.encode(schedule);
    }

    /** The bond, if the caller is staff of its issuer; else NOT_AUTHORIZED. */
    public static Bond issuersBond(GreenLedgerContext ctx, String bondId) {
        Caller caller = ISSUER_STAFF.check(ctx);
        Bond bond = new BondRegister(ctx.ledger()).get(validBondId(bondId));
        if (!bond.terms().issuerMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized("bond " + bond.bondId() + " is issued by " + bond.terms().issuerMspId());
        }
        return bond;
    }

    /** The bond, if the caller is staff of the VERIFIER its green framework names as reviewer; else NOT_AUTHORIZED. */
    public static Bond reviewersBond(GreenLedgerContext ctx, String bondId) {
        Caller caller = VERIFIER_STAFF.check(ctx);
        Bond bond = new BondRegister(ctx.ledger()).get(validBondId(bondId));
        String reviewer = bond.terms().framework().externalReviewerMspId();
        if (!reviewer.equals(caller.mspId())) {
            throw ContractError.notAuthorized("bond " + bond.bondId() + " names " + reviewer + " as its external reviewer");
        }
        return bond;
    }

    /** The id if it is a well-formed ISIN; else INVALID_ARGUMENT. */
    public static String validBondId(String bondId) {
        return ContractError.enforce(() -> Isin.check("bondId", bondId));
    }

    private static String save(GreenLedgerContext ctx, BondRegister register, Bond bond, EventType event) {
        register.save(bond);
        ctx.ledger().emit(event, bond);
        return Json.encode(bond);
    }
}
