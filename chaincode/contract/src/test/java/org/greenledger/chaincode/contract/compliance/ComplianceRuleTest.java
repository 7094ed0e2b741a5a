package org.greenledger.chaincode.contract.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.money.Currency;
import org.junit.jupiter.api.Test;

class ComplianceRuleTest {
    private static final LocalDate TODAY = LocalDate.parse("2027-01-10");
    private static final Currency VND = Currency.of("VND");

    private static Account account(String id, InvestorType type, AccountStatus status, String kycExpiry) {
        return new Account(id, "BankAMSP", type, "VN", new KycAttestation("a".repeat(64), KycLevel.STANDARD,
                LocalDate.parse(kycExpiry)), status, Instant.EPOCH, Instant.EPOCH);
    }

    /** A transfer that passes every rule: 300 units (VND 30,000,000) from A (500 held, 100 frozen) to B (200 held). */
    private static MovementFacts baseline() {
        AssetRules bond = new AssetRules("VNGRNBOND018", AssetClass.GREEN_BOND, "BankAMSP", VND, 100_000,
                Set.of(InvestorType.PROFESSIONAL, InvestorType.INSTITUTIONAL), 1_000, LocalDate.parse("2026-12-31"), true,
                null);
        Party sender = new Party("A", account("A", InvestorType.PROFESSIONAL, AccountStatus.ACTIVE, "2027-12-31"), false, 500, 100);
        Party receiver = new Party("B", account("B", InvestorType.INSTITUTIONAL, AccountStatus.ACTIVE, "2027-12-31"), false, 200, 0);
        return new MovementFacts(bond, 300, sender, receiver, false,
                new SandboxCap(AssetClass.GREEN_BOND, VND, 50_000_000, 1_000_000_000), 0, TODAY);
    }

    private static Optional<ErrorCode> code(MovementFacts facts) {
        return ComplianceRule.firstRefusal(facts).map(Refusal::code);
    }

    private static void refused(ErrorCode expected, MovementFacts facts) {
        assertEquals(Optional.of(expected), code(facts));
    }

    private static void passes(MovementFacts facts) {
        assertEquals(Optional.empty(), code(facts), () -> ComplianceRule.firstRefusal(facts).toString());
    }

    // Small editors for the facts, so each test changes exactly one thing.
    private static MovementFacts units(MovementFacts f, long units) {
        return new MovementFacts(f.asset(), units, f.sender(), f.receiver(), f.assetPaused(), f.cap(), f.classOutstandingMinor(), f.today());
    }

    private static MovementFacts sender(MovementFacts f, UnaryOperator<Party> change) {
        return new MovementFacts(f.asset(), f.units(), change.apply(f.sender()), f.receiver(), f.assetPaused(), f.cap(),
                f.classOutstandingMinor(), f.today());
    }

    private static MovementFacts receiver(MovementFacts f, UnaryOperator<Party> change) {
        return new MovementFacts(f.asset(), f.units(), f.sender(), change.apply(f.receiver()), f.assetPaused(), f.cap(),
                f.classOutstandingMinor(), f.today());
    }

    private static MovementFacts today(MovementFacts f, String day) {
        return new MovementFacts(f.asset(), f.units(), f.sender(), f.receiver(), f.assetPaused(), f.cap(),
                f.classOutstandingMinor(), LocalDate.parse(day));
    }

    private static MovementFacts paused(MovementFacts f) {
        return new MovementFacts(f.asset(), f.units(), f.sender(), f.receiver(), true, f.cap(), f.classOutstandingMinor(), f.today());
    }

    private static MovementFacts outOfCirculation(MovementFacts f) {
        AssetRules a = f.asset();
        AssetRules retired = new AssetRules(a.assetId(), a.assetClass(), a.issuerMspId(), a.currency(), a.unitValueMinor(),
                a.eligibleInvestors(), a.perAccountLimitUnits(), a.lockUpUntil(), false, a.registerClosed());
        return new MovementFacts(retired, f.units(), f.sender(), f.receiver(), f.assetPaused(), f.cap(),
                f.classOutstandingMinor(), f.today());
    }

    private static MovementFacts registerClosed(MovementFacts f) {
        AssetRules a = f.asset();
        AssetRules closed = new AssetRules(a.assetId(), a.assetClass(), a.issuerMspId(), a.currency(), a.unitValueMinor(),
                a.eligibleInvestors(), a.perAccountLimitUnits(), a.lockUpUntil(), a.inCirculation(),
                "the holders of period 1 are being fixed at its record date");
        return new MovementFacts(closed, f.units(), f.sender(), f.receiver(), f.assetPaused(), f.cap(),
                f.classOutstandingMinor(), f.today());
    }

    private static MovementFacts issuance(MovementFacts f, long outstanding) {
        return new MovementFacts(f.asset(), f.units(), null, f.receiver(), f.assetPaused(), f.cap(), outstanding, f.today());
    }

    private static Party withAccount(Party p, Account account) {
        return new Party(p.accountId(), account, p.sanctioned(), p.unitsHeld(), p.unitsFrozen());
    }

    private static Party withStatus(Party p, AccountStatus status) {
        Account a = p.account();
        return withAccount(p, a.withStatus(status, Instant.EPOCH));
    }

    private static Party withKycExpiry(Party p, String day) {
        Account a = p.account();
        return withAccount(p, a.withKyc(new KycAttestation(a.kyc().recordHash(), a.kyc().level(), LocalDate.parse(day)), Instant.EPOCH));
    }

    private static Party withType(Party p, InvestorType type) {
        Account a = p.account();
        return withAccount(p, new Account(a.accountId(), a.custodianMspId(), type, a.jurisdiction(), a.kyc(), a.status(),
                a.openedAt(), a.updatedAt()));
    }

    private static Party sanctioned(Party p) {
        return new Party(p.accountId(), p.account(), true, p.unitsHeld(), p.unitsFrozen());
    }

    private static Party holding(Party p, long held, long frozen) {
        return new Party(p.accountId(), p.account(), p.sanctioned(), held, frozen);
    }

    @Test
    void the_baseline_transfer_passes_every_rule() {
        passes(baseline());
    }

    @Test
    void accounts_must_exist_and_be_active() {
        refused(ErrorCode.NOT_FOUND, receiver(baseline(), p -> withAccount(p, null)));
        refused(ErrorCode.ACCOUNT_FROZEN, sender(baseline(), p -> withStatus(p, AccountStatus.FROZEN)));
        refused(ErrorCode.ACCOUNT_CLOSED, receiver(baseline(), p -> withStatus(p, AccountStatus.CLOSED)));
    }

    @Test
    void kyc_must_be_valid_on_the_transaction_date() {
        refused(ErrorCode.KYC_EXPIRED, sender(baseline(), p -> withKycExpiry(p, "2027-01-09")));
        refused(ErrorCode.KYC_EXPIRED, receiver(baseline(), p -> withKycExpiry(p, "2027-01-09")));
        passes(receiver(baseline(), p -> withKycExpiry(p, "2027-01-10")));
    }

    @Test
    void sanctioned_accounts_neither_send_nor_receive() {
        refused(ErrorCode.SANCTIONED, sender(baseline(), ComplianceRuleTest::sanctioned));
        refused(ErrorCode.SANCTIONED, receiver(baseline(), ComplianceRuleTest::sanctioned));
    }

    @Test
    void the_receiver_must_be_an_eligible_investor() {
        refused(ErrorCode.INVESTOR_NOT_ELIGIBLE, receiver(baseline(), p -> withType(p, InvestorType.RETAIL)));
        // the sender's type does not matter
        passes(sender(baseline(), p -> withType(p, InvestorType.RETAIL)));
    }

    @Test
    void the_receiver_stays_within_the_per_account_limit() {
        passes(receiver(baseline(), p -> holding(p, 700, 0)));
        refused(ErrorCode.HOLDING_LIMIT_EXCEEDED, receiver(baseline(), p -> holding(p, 701, 0)));
        refused(ErrorCode.HOLDING_LIMIT_EXCEEDED, receiver(baseline(), p -> holding(p, Long.MAX_VALUE, 0)));
    }

    @Test
    void a_paused_asset_does_not_move() {
        refused(ErrorCode.ASSET_PAUSED, paused(baseline()));
    }

    @Test
    void holders_transfer_only_an_asset_in_circulation_but_it_can_be_issued_before() {
        refused(ErrorCode.NOT_IN_CIRCULATION, outOfCirculation(baseline()));
        passes(issuance(outOfCirculation(baseline()), 0));
    }

    @Test
    void nothing_moves_not_even_by_court_order_while_a_run_walks_the_holders() {
        refused(ErrorCode.NOT_IN_CIRCULATION, registerClosed(baseline()));
        assertEquals(Optional.of(ErrorCode.NOT_IN_CIRCULATION),
                ComplianceRule.firstReceiverRefusal(registerClosed(baseline())).map(Refusal::code));
        assertEquals(Optional.empty(), ComplianceRule.firstReceiverRefusal(baseline()));
    }

    @Test
    void transfers_wait_for_the_end_of_the_lock_up_but_issuance_does_not() {
        refused(ErrorCode.LOCKED_UP, today(baseline(), "2026-12-31"));
        passes(today(baseline(), "2027-01-01"));
        passes(issuance(today(baseline(), "2026-12-31"), 0));
    }

    @Test
    void sandbox_caps_limit_each_movement_and_what_is_issued_in_the_class() {
        MovementFacts roomy = sender(baseline(), p -> holding(p, 1_000, 0));
        passes(units(roomy, 500));
        refused(ErrorCode.SANDBOX_CAP_EXCEEDED, units(roomy, 501));
        passes(issuance(baseline(), 970_000_000));
        refused(ErrorCode.SANDBOX_CAP_EXCEEDED, issuance(baseline(), 970_000_001));
        // a transfer does not change what is outstanding
        passes(new MovementFacts(roomy.asset(), 300, roomy.sender(), roomy.receiver(), false, roomy.cap(), 999_999_999, TODAY));
        // a cap in another currency does not apply
        MovementFacts usdCap = new MovementFacts(roomy.asset(), 501, roomy.sender(), roomy.receiver(), false,
                new SandboxCap(AssetClass.GREEN_BOND, Currency.of("USD"), 1, 1), 0, TODAY);
        passes(usdCap);
    }

    @Test
    void only_unfrozen_units_can_move() {
        passes(units(baseline(), 400));
        refused(ErrorCode.INSUFFICIENT_UNITS, units(baseline(), 401));
        refused(ErrorCode.INSUFFICIENT_UNITS, sender(baseline(), p -> holding(p, 500, 500)));
    }

    @Test
    void a_movement_is_refused_with_the_first_rule_it_breaks_in_the_declared_order() {
        // Break every rule at once, then mend them one by one: the code reported must follow the order.
        List<UnaryOperator<MovementFacts>> breakers = List.of(
                f -> receiver(f, p -> withStatus(p, AccountStatus.FROZEN)),
                f -> sender(f, p -> withKycExpiry(p, "2026-01-01")),
                f -> receiver(f, ComplianceRuleTest::sanctioned),
                f -> receiver(f, p -> withType(p, InvestorType.RETAIL)),
                f -> receiver(f, p -> holding(p, 999, 0)),
                ComplianceRuleTest::paused,
                ComplianceRuleTest::registerClosed,
                ComplianceRuleTest::outOfCirculation,
                f -> today(f, "2026-12-01"),
                f -> new MovementFacts(f.asset(), f.units(), f.sender(), f.receiver(), f.assetPaused(),
                        new SandboxCap(AssetClass.GREEN_BOND, VND, 1, 1), 0, f.today()),
                f -> sender(f, p -> holding(p, 500, 450)));
        List<ErrorCode> expected = List.of(ErrorCode.ACCOUNT_FROZEN, ErrorCode.KYC_EXPIRED, ErrorCode.SANCTIONED,
                ErrorCode.INVESTOR_NOT_ELIGIBLE, ErrorCode.HOLDING_LIMIT_EXCEEDED, ErrorCode.ASSET_PAUSED,
                ErrorCode.NOT_IN_CIRCULATION, ErrorCode.NOT_IN_CIRCULATION, ErrorCode.LOCKED_UP, ErrorCode.SANDBOX_CAP_EXCEEDED, ErrorCode.INSUFFICIENT_UNITS);
        assertEquals(ComplianceRule.values().length, expected.size());

        List<ErrorCode> reported = new ArrayList<>();
        for (int mended = 0; mended < breakers.size(); mended++) {
            MovementFacts facts = baseline();
            for (int i = mended; i < breakers.size(); i++) {
                facts = breakers.get(i).apply(facts);
            }
            reported.add(code(facts).orElseThrow());
        }
        assertEquals(expected, reported);
    }
}
