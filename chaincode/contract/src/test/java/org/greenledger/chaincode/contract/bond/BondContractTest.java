package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.greenledger.chaincode.contract.account.AccountContract;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BondContractTest {
    private static final String BOND = "VNGRNBOND018";
    private static final String OPINION = "d".repeat(64);

    private final BondContract bonds = new BondContract();
    private TestLedger ledger;

    @BeforeEach
    void membersAndTreasuryAccount() {
        ledger = new TestLedger();
        Members.register(ledger);
        ledger.submit(BANK_A_OPERATOR, ctx -> new AccountContract().OpenAccount(ctx, Json.encode(new OpenAccountRequest(
                "BANKA-TREASURY", BANK_A, InvestorType.INSTITUTIONAL, "VN",
                new KycAttestation("e".repeat(64), KycLevel.ENHANCED, LocalDate.of(2030, 1, 1))))));
    }

    private static BondTerms terms(String bondId, String issuer, String issueDate, String reviewer, String account) {
        ScheduleTerms schedule = new ScheduleTerms(LocalDate.parse(issueDate), LocalDate.parse("2030-01-15"),
                Frequency.SEMI_ANNUAL, DayCount.ACT_365F, BusinessDayConvention.MODIFIED_FOLLOWING,
                HolidayCalendar.weekendsAnd("VN", List.of()), 15);
        return new BondTerms(bondId, issuer, account, "Bank A Green Bond 2030", Currency.of("VND"), 100_000, 10_000,
                CouponType.FIXED, new BigDecimal("0.065"), schedule, List.of(InvestorType.PROFESSIONAL,
                        InvestorType.INSTITUTIONAL), 2_000,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY, IcmaCategory.CLEAN_TRANSPORTATION),
                        "c".repeat(64), reviewer), null);
    }

    private static String createJson() {
        return Json.encode(terms(BOND, BANK_A, "2027-01-15", VERIFIER, "BANKA-TREASURY"));
    }

    private Bond create() {
        return Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx, createJson())), Bond.class);
    }

    private String review() {
        return ledger.submit(VERIFIER_OPERATOR, ctx -> bonds.ReviewBond(ctx, Json.encode(new ReviewBondRequest(BOND, OPINION))));
    }

    @Test
    void the_issuer_drafts_the_verifier_reviews_the_registry_approves_the_issuer_opens() {
        Bond draft = create();
        assertEquals(BondStatus.DRAFT, draft.status());
        assertEquals(draft, ledger.lastEvent(EventType.BOND_CREATED, Bond.class));

        Bond reviewed = Json.decode(review(), Bond.class);
        assertEquals(BondStatus.REVIEWED, reviewed.status());
        assertEquals(VERIFIER, reviewed.review().reviewerMspId());
        assertEquals(OPINION, reviewed.review().opinionDocumentHash());

        Bond approved = Json.decode(ledger.submit(ALLIANCE_OPERATOR, ctx -> bonds.ApproveBond(ctx, BOND)), Bond.class);
        assertEquals(BondStatus.APPROVED, approved.status());
        assertEquals("AllianceMSP", approved.approvedBy());

        Bond open = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> bonds.OpenSubscriptions(ctx, BOND)), Bond.class);
        assertEquals(BondStatus.OPEN, open.status());
        assertEquals(open, ledger.lastEvent(EventType.BOND_OPENED, Bond.class));
        assertEquals(open, Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> bonds.GetBond(ctx, BOND)), Bond.class));
    }

    @Test
    void creation_is_refused_to_the_wrong_org_and_role() {
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> bonds.CreateBond(ctx, createJson()));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> bonds.CreateBond(ctx, createJson()));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, VERIFIER_OPERATOR, ctx -> bonds.CreateBond(ctx, createJson()));
    }

    @Test
    void creation_checks_what_only_the_ledger_knows() {
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx,
                Json.encode(terms(BOND, BANK_A, "2026-11-21", VERIFIER, "BANKA-TREASURY"))));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx,
                Json.encode(terms(BOND, BANK_A, "2027-01-15", "BankBMSP", "BANKA-TREASURY"))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx,
                Json.encode(terms(BOND, BANK_A, "2027-01-15", VERIFIER, "NO-SUCH-ACCOUNT"))));
        create();
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx, createJson()));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR,
                ctx -> bonds.CreateBond(ctx, createJson().replace(BOND, "VNGRNBOND019")));
        ledger.assertRefused(ErrorCode.MALFORMED_REQUEST, BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx, "{\"bondId\""));
    }

    @Test
    void only_the_named_reviewer_reviews_and_only_the_registry_approves() {
        create();
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR,
                ctx -> bonds.ReviewBond(ctx, Json.encode(new ReviewBondRequest(BOND, OPINION))));
        review();
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> bonds.ApproveBond(ctx, BOND));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, VERIFIER_OPERATOR, ctx -> bonds.ApproveBond(ctx, BOND));
    }

    @Test
    void steps_out_of_order_are_invalid_transitions() {
        create();
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, ALLIANCE_OPERATOR, ctx -> bonds.ApproveBond(ctx, BOND));
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, BANK_A_OPERATOR, ctx -> bonds.OpenSubscriptions(ctx, BOND));
        review();
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, VERIFIER_OPERATOR,
                ctx -> bonds.ReviewBond(ctx, Json.encode(new ReviewBondRequest(BOND, OPINION))));
    }

    @Test
    void the_issuer_cancels_before_issue_and_a_cancelled_bond_stays_cancelled() {
        create();
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> bonds.CancelBond(ctx, BOND));
        Bond cancelled = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> bonds.CancelBond(ctx, BOND)), Bond.class);
        assertEquals(BondStatus.CANCELLED, cancelled.status());
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, BANK_A_OPERATOR, ctx -> bonds.OpenSubscriptions(ctx, BOND));
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, BANK_A_OPERATOR, ctx -> bonds.CancelBond(ctx, BOND));
    }

    @Test
    void the_coupon_schedule_is_derived_from_the_terms() {
        create();
        CouponSchedule schedule = Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> bonds.GetCouponSchedule(ctx, BOND)),
                CouponSchedule.class);
        assertEquals(6, schedule.periods().size());
        assertEquals(LocalDate.parse("2030-01-15"), schedule.periods().get(5).accrualEnd());
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_VIEWER, ctx -> bonds.GetBond(ctx, "VNGRNBOND026"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_VIEWER, ctx -> bonds.GetBond(ctx, "not-an-isin"));
    }
}
