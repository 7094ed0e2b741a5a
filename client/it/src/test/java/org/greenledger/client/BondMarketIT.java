package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenledger.chaincode.api.ErrorCode;
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
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.bond.SubscriptionStatus;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.greenledger.chaincode.api.settlement.SettlementType;
import org.greenledger.chaincode.api.settlement.Trade;
import org.greenledger.chaincode.api.settlement.TradeRequest;
import org.greenledger.chaincode.api.settlement.TradeStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bank issues a green bond to investors at both banks, delivery versus payment against deposit
 * tokens, and a bank's client sells to the other bank's client, on the real network: every lot
 * carries its custodian's key-level endorsement policy, so each settlement needs both banks.
 */
class BondMarketIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final long DENOMINATION = 100_000;
    private static final int CONCURRENT = 20;

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static OpenAccountRequest account(String id, String custodian, InvestorType type) {
        return new OpenAccountRequest(id, custodian, type, "VN",
                new KycAttestation("5".repeat(64), KycLevel.STANDARD, TODAY.plusYears(1)));
    }

    private static BondTerms terms(String bondId, String treasury) {
        ScheduleTerms schedule = new ScheduleTerms(TODAY.plusDays(7), TODAY.plusDays(7).plusYears(2),
                Frequency.SEMI_ANNUAL, DayCount.ACT_365F, BusinessDayConvention.MODIFIED_FOLLOWING,
                HolidayCalendar.weekendsAnd("VN", List.of()), 15);
        return new BondTerms(bondId, BANK_A, treasury, "Bank A Solar Green Bond", Currency.of("VND"), DENOMINATION,
                100_000, CouponType.FIXED, new BigDecimal("0.058"), schedule,
                List.of(InvestorType.PROFESSIONAL, InvestorType.INSTITUTIONAL), 1_000,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY), "f".repeat(64), VERIFIER), null);
    }

    @Test
    void investors_at_both_banks_subscribe_dvp_and_trade_across_banks() throws Exception {
        String run = TestNetwork.runId();
        String bondId = Isin.complete("VN" + String.format(Locale.ROOT, "%9s", run).replace(' ', '0').substring(0, 9));
        String treasury = "TREASURY-" + run;
        String cashA = "CASH-A-" + run;
        String cashB = "CASH-B-" + run;
        String a1 = "A1-" + run;
        String b1 = "B1-" + run;
        String retail = "RETAIL-" + run;
        try (GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger bankAViewer = connect(BANK_A, "viewer");
                GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger verifier = connect(VERIFIER, "operator");
                GreenLedger alliance = connect(ALLIANCE, "operator");
                GreenLedger regulator = connect(REGULATOR, "operator")) {
            bankA.accounts().open(account(treasury, BANK_A, InvestorType.INSTITUTIONAL));
            bankA.accounts().open(account(a1, BANK_A, InvestorType.PROFESSIONAL));
            bankA.accounts().open(account(retail, BANK_A, InvestorType.RETAIL));
            bankB.accounts().open(account(b1, BANK_B, InvestorType.INSTITUTIONAL));
            bankA.cash().createToken(new CreateDepositTokenRequest(cashA, Currency.of("VND")));
            bankB.cash().createToken(new CreateDepositTokenRequest(cashB, Currency.of("VND")));
            bankA.cash().mint(new CashRequest(TestNetwork.requestId(), cashA, a1, 200_000_000));
            bankA.cash().mint(new CashRequest(TestNetwork.requestId(), cashA, retail, 200_000_000));
            bankB.cash().mint(new CashRequest(TestNetwork.requestId(), cashB, b1, 200_000_000));
            bankA.bonds().create(terms(bondId, treasury));
            TestNetwork.awaitPeersInSync();
            verifier.bonds().review(new ReviewBondRequest(bondId, "e".repeat(64)));
            TestNetwork.awaitPeersInSync();
            alliance.bonds().approve(bondId);
            TestNetwork.awaitPeersInSync();
            bankA.bonds().openSubscriptions(bondId);
            TestNetwork.awaitPeersInSync();

            // Refusals, each with its code and no change to the investor's cash.
            SubscribeRequest ofA1 = new SubscribeRequest("S-A1-" + run, bondId, a1, 100, cashA);
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.bonds().subscribe(ofA1));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankAViewer.bonds().subscribe(ofA1));
            assertRejected(ErrorCode.INVESTOR_NOT_ELIGIBLE, () -> bankA.bonds().subscribe(
                    new SubscribeRequest("S-R-" + run, bondId, retail, 10, cashA)));
            assertRejected(ErrorCode.HOLDING_LIMIT_EXCEEDED, () -> bankA.bonds().subscribe(
                    new SubscribeRequest("S-big-" + run, bondId, a1, 1_001, cashA)));
            regulator.compliance().pauseAsset(new RegulatoryAction(bondId, "6".repeat(64)));
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.ASSET_PAUSED, () -> bankA.bonds().subscribe(ofA1));
            regulator.compliance().unpauseAsset(new RegulatoryAction(bondId, "6".repeat(64)));
            TestNetwork.awaitPeersInSync();
            assertEquals(200_000_000, bankA.holdings().holding(cashA, a1).units());

            // Investors at both banks subscribe; the price leaves their accounts into escrow.
            Subscription s = bankA.bonds().subscribe(ofA1);
            assertEquals(SubscriptionStatus.PENDING, s.status());
            assertEquals(s, bankA.bonds().subscribe(ofA1), "a replayed subscription returns the first result");
            bankB.bonds().subscribe(new SubscribeRequest("S-B1-" + run, bondId, b1, 300, cashB));
            assertEquals(200_000_000 - 100 * DENOMINATION, bankA.holdings().holding(cashA, a1).units());

            // Twenty investors, ten at each bank, subscribe to the same bond at the same time.
            List<String> crowd = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
            try {
                List<Future<?>> setup = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    boolean atA = i % 2 == 0;
                    String investor = (atA ? "CA" : "CB") + i + "-" + run;
                    crowd.add(investor);
                    GreenLedger bank = atA ? bankA : bankB;
                    setup.add(pool.submit(() -> bank.accounts().open(
                            account(investor, atA ? BANK_A : BANK_B, InvestorType.PROFESSIONAL))));
                }
                for (Future<?> f : setup) {
                    f.get();
                }
                // One bank's mints share its issued-total key, so they go one after another.
                for (int i = 0; i < CONCURRENT; i++) {
                    boolean atA = i % 2 == 0;
                    (atA ? bankA : bankB).cash().mint(new CashRequest(TestNetwork.requestId(), atA ? cashA : cashB, crowd.get(i),
                            10 * DENOMINATION));
                }
                List<Future<Subscription>> subscriptions = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    boolean atA = i % 2 == 0;
                    String investor = crowd.get(i);
                    GreenLedger bank = atA ? bankA : bankB;
                    subscriptions.add(pool.submit(() -> bank.bonds().subscribe(new SubscribeRequest(
                            "S-" + investor, bondId, investor, 10, atA ? cashA : cashB))));
                }
                for (Future<Subscription> f : subscriptions) {
                    assertEquals(SubscriptionStatus.PENDING, f.get().status());
                }
            } finally {
                pool.shutdown();
            }
            TestNetwork.awaitPeersInSync();
            assertEquals(2 + CONCURRENT, bankA.bonds().subscriptions(bondId).size());

            // The issue settles every subscription at once: units to investors, cash to the issuer.
            Bond issued = bankA.bonds().issue(new IssueBondRequest(bondId, List.of(), 500_000, 100));
            assertEquals(BondStatus.ISSUED, issued.status());
            long units = 100 + 300 + 10L * CONCURRENT;
            assertEquals(units, issued.issue().unitsIssued());
            assertEquals(units * DENOMINATION - 500_000, issued.issue().netProceedsMinor());
            TestNetwork.awaitPeersInSync();
            assertEquals(300, bankB.holdings().holding(bondId, b1).units());
            assertEquals(10, bankB.holdings().holding(bondId, crowd.get(1)).units());
            assertEquals((300 + 10L * CONCURRENT / 2) * DENOMINATION, bankA.holdings().holding(cashB, treasury).units());

            // A Bank A client sells to a Bank B client, delivery versus payment.
            TradeRequest sale = new TradeRequest("T-" + run, bondId, a1, b1, 40, SettlementType.DVP, cashB, 4_080_000,
                    null);
            bankA.trades().propose(sale);
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.trades().settle(sale.tradeId()));
            Trade settled = bankB.trades().settle(sale.tradeId());
            assertEquals(TradeStatus.SETTLED, settled.status());
            TestNetwork.awaitPeersInSync();
            assertEquals(60, bankA.holdings().holding(bondId, a1).units());
            assertEquals(340, bankB.holdings().holding(bondId, b1).units());
            assertEquals(4_080_000, bankA.holdings().holding(cashB, a1).units());

            // A frozen buyer: the trade is refused and neither leg moves.
            TradeRequest second = new TradeRequest("T2-" + run, bondId, a1, b1, 10, SettlementType.DVP, cashB, 1_000_000,
                    null);
            bankA.trades().propose(second);
            regulator.compliance().freezeAccount(new RegulatoryAction(b1, "7".repeat(64)));
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.ACCOUNT_FROZEN, () -> bankB.trades().settle(second.tradeId()));
            assertEquals(60, bankA.holdings().holding(bondId, a1).units());
            assertEquals(4_080_000, bankA.holdings().holding(cashB, a1).units());
            assertEquals(TradeStatus.PROPOSED, bankB.trades().get(second.tradeId()).status());
        }
    }
}
