package org.greenledger.chaincode.contract.support;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.SustainabilityLink;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.greenledger.chaincode.contract.account.AccountContract;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.greenledger.chaincode.contract.bond.IssuanceContract;
import org.greenledger.chaincode.contract.cash.CashContract;
import org.greenledger.chaincode.contract.holding.HoldingContract;

/**
 * A small market for the tests: members; Bank A's treasury (the issuer's account) and clients
 * A1 (professional) and A2 (retail); Bank B's client B1 (institutional); a VND deposit token at
 * each bank with cash minted to the investors; and a green bond by Bank A open for subscriptions.
 *
 * <p>The bond: VND 100,000 a unit, up to 10,000 units, at most 2,000 per account, 6% fixed,
 * semi-annual ACT/365F from 2027-01-15 to 2028-01-15, record date 15 days before payment.
 * Period 1 accrues 181 days and pays on 2027-07-15 (record date 2027-06-30); period 2 accrues
 * 184 days and pays on Monday 2028-01-17 (the 15th is a Saturday).
 */
public final class Market {
    public static final String BOND = "VNGRNBOND018";
    public static final String TREASURY = "BANKA-TREASURY";
    public static final String CASH_A = "CASH-A-VND";
    public static final String CASH_B = "CASH-B-VND";
    public static final long DENOMINATION = 100_000;

    public final TestLedger ledger = new TestLedger();

    public Market() {
        this(null);
    }

    /** The market with its bond sustainability-linked by {@code link} (or not, for null). */
    public Market(SustainabilityLink link) {
        Members.register(ledger);
        open(BANK_A_OPERATOR, TREASURY, BANK_A, InvestorType.INSTITUTIONAL);
        open(BANK_A_OPERATOR, "A1", BANK_A, InvestorType.PROFESSIONAL);
        open(BANK_A_OPERATOR, "A2", BANK_A, InvestorType.RETAIL);
        open(BANK_B_OPERATOR, "B1", BANK_B, InvestorType.INSTITUTIONAL);
        token(BANK_A_OPERATOR, CASH_A);
        token(BANK_B_OPERATOR, CASH_B);
        mint(BANK_A_OPERATOR, CASH_A, "A1", 500_000_000);
        mint(BANK_A_OPERATOR, CASH_A, "A2", 500_000_000);
        mint(BANK_B_OPERATOR, CASH_B, "B1", 500_000_000);
        mint(BANK_A_OPERATOR, CASH_A, TREASURY, 100_000_000);
        BondContract bonds = new BondContract();
        ledger.submit(BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx, Json.encode(terms(link))));
        ledger.submit(VERIFIER_OPERATOR, ctx -> bonds.ReviewBond(ctx, Json.encode(new ReviewBondRequest(BOND,
                "d".repeat(64)))));
        ledger.submit(ALLIANCE_OPERATOR, ctx -> bonds.ApproveBond(ctx, BOND));
        ledger.submit(BANK_A_OPERATOR, ctx -> bonds.OpenSubscriptions(ctx, BOND));
    }

    public static BondTerms terms() {
        return terms(null);
    }

    public static BondTerms terms(SustainabilityLink link) {
        ScheduleTerms schedule = new ScheduleTerms(LocalDate.parse("2027-01-15"), LocalDate.parse("2028-01-15"),
                Frequency.SEMI_ANNUAL, DayCount.ACT_365F, BusinessDayConvention.MODIFIED_FOLLOWING,
                HolidayCalendar.weekendsAnd("VN", List.of()), 15);
        return new BondTerms(BOND, BANK_A, TREASURY, "Bank A Solar Green Bond 2028", Currency.of("VND"), DENOMINATION,
                10_000, CouponType.FIXED, new BigDecimal("0.06"), schedule,
                List.of(InvestorType.PROFESSIONAL, InvestorType.INSTITUTIONAL), 2_000,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY), "c".repeat(64), VERIFIER), null, link);
    }

    public void open(TestIdentity who, String id, String custodian, InvestorType type) {
        ledger.submit(who, ctx -> new AccountContract().OpenAccount(ctx, Json.encode(new OpenAccountRequest(id, custodian,
                type, "VN", new KycAttestation("e".repeat(64), KycLevel.STANDARD, LocalDate.parse("2030-01-01"))))));
    }

    private void token(TestIdentity who, String tokenId) {
        ledger.submit(who, ctx -> new CashContract().CreateDepositToken(ctx,
                Json.encode(new CreateDepositTokenRequest(tokenId, Currency.of("VND")))));
    }

    public void mint(TestIdentity who, String tokenId, String account, long amount) {
        ledger.submit(who, ctx -> new CashContract().Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), tokenId, account, amount))));
    }

    /**
     * Issues the bond: A1 subscribes 100 units at Bank A, B1 300 at Bank B; issuance costs of VND
     * 1,000,000 leave net proceeds of VND 39,000,000.
     */
    public void issue() {
        IssuanceContract issuance = new IssuanceContract();
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S-A1", BOND, "A1", 100, CASH_A))));
        ledger.submit(BANK_B_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S-B1", BOND, "B1", 300, CASH_B))));
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx,
                Json.encode(new IssueBondRequest(BOND, List.of(), 1_000_000, 100))));
    }

    /** Units the account holds of the asset, read as the regulator. */
    public long units(String assetId, String accountId) {
        return Json.decode(ledger.evaluate(Members.REGULATOR_VIEWER,
                ctx -> new HoldingContract().GetHolding(ctx, assetId, accountId)), Holding.class).units();
    }
}
