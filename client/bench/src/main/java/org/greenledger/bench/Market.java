package org.greenledger.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.Sector;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import org.greenledger.chaincode.api.carbon.VerificationRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.greenledger.client.GreenLedger;

/**
 * The market the workloads run in, made through the SDK at the start of a run with ids of its own:
 * investors at both banks with KYC, each bank's deposit token, an issued green bond and an open
 * one, and a registered carbon project whose credits are spread over holders. Each worker thread
 * has accounts of its own, so concurrent requests never share a sender.
 */
final class Market {
    static final long DENOMINATION = 100_000;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final AtomicLong BONDS = new AtomicLong();

    final Members members;
    final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    final String cashA = "BENCH-CASH-A-" + run;
    final String cashB = "BENCH-CASH-B-" + run;
    final int workers;
    /** Units each worker's sender starts with: enough for every operation of every round. */
    final long unitsPerWorker;

    /** Mints sent at once while setting up (a chaincode with one issued total per issuer needs 1). */
    private final int mintsInFlight;

    Market(Members members, int workers, long operationsPerWorker, int mintsInFlight) {
        this.members = members;
        this.workers = workers;
        this.mintsInFlight = mintsInFlight;
        this.unitsPerWorker = operationsPerWorker + 10;
    }

    /** A request id no other request of any run uses. */
    String requestId() {
        return "B-" + run + "-" + REQUESTS.incrementAndGet();
    }

    String account(String role, int worker) {
        return role + "-" + run + "-" + worker;
    }

    void createTokens() {
        members.bankA().cash().createToken(new CreateDepositTokenRequest(cashA, Currency.of("VND")));
        members.bankB().cash().createToken(new CreateDepositTokenRequest(cashB, Currency.of("VND")));
    }

    /** Opens one account per worker at the bank, named {@code role-run-worker}, funded if {@code cash > 0}. */
    List<String> openAccounts(String role, GreenLedger bank, String cashToken, long cash) throws InterruptedException {
        return openAccounts(role, bank, cashToken, cash, workers);
    }

    List<String> openAccounts(String role, GreenLedger bank, String cashToken, long cash, int count)
            throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(account(role, i));
        }
        setUp(count, workers, i -> bank.accounts().open(new OpenAccountRequest(ids.get(i), bank.mspId(),
                InvestorType.INSTITUTIONAL, "VN", new KycAttestation("5".repeat(64), KycLevel.STANDARD, TODAY.plusYears(5)))));
        // Every endorser must know the accounts before the mints.
        members.settle();
        if (cash > 0) {
            // A bank's mints update one of its 16 issued-total shards each, so not too many go at once.
            setUp(count, mintsInFlight, i -> bank.cash().mint(new CashRequest(requestId(), cashToken, ids.get(i), cash)));
        }
        return ids;
    }

    /** A bond of Bank A, reviewed, approved and open for subscriptions. */
    String openBond(String name) {
        // Nine characters: the run's last seven and the bond's number in the run.
        String bondId = Isin.complete("XS" + String.format(Locale.ROOT, "%7s", run).replace(' ', '0')
                .substring(Math.max(0, run.length() - 7)) + String.format(Locale.ROOT, "%02d", BONDS.incrementAndGet()));
        String treasury = treasuryOf(name);
        members.bankA().accounts().open(new OpenAccountRequest(treasury, members.bankA().mspId(),
                InvestorType.INSTITUTIONAL, "VN", new KycAttestation("5".repeat(64), KycLevel.STANDARD, TODAY.plusYears(5))));
        ScheduleTerms schedule = new ScheduleTerms(TODAY.plusDays(7), TODAY.plusDays(7).plusYears(2),
                Frequency.QUARTERLY, DayCount.ACT_365F, BusinessDayConvention.MODIFIED_FOLLOWING,
                HolidayCalendar.weekendsAnd("VN", List.of()), 15);
        members.bankA().bonds().create(new BondTerms(bondId, members.bankA().mspId(), treasury, "Benchmark " + name,
                Currency.of("VND"), DENOMINATION, 10_000_000, CouponType.FIXED, new BigDecimal("0.05"), schedule,
                List.of(InvestorType.INSTITUTIONAL), 10_000_000,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY), "f".repeat(64), members.verifier().mspId()),
                null, null));
        members.settle();
        members.verifier().bonds().review(new ReviewBondRequest(bondId, "e".repeat(64)));
        members.settle();
        members.registry().bonds().approve(bondId);
        members.settle();
        members.bankA().bonds().openSubscriptions(bondId);
        members.settle();
        return bondId;
    }

    /** The issuer's account of the bond {@link #openBond} opened under {@code name}: it receives the proceeds and pays. */
    String treasuryOf(String name) {
        return account("BENCH-TREASURY-" + name, 0);
    }

    /** Mints Bank A's deposit tokens to one of its accounts. */
    void fund(String accountId, long amountMinor) {
        members.bankA().cash().mint(new CashRequest(requestId(), cashA, accountId, amountMinor));
    }

    /** Each holder subscribes {@code units} (paying in Bank A's token), then the bond is issued. */
    void issue(String bondId, List<String> holders, long units) throws InterruptedException {
        subscribe(bondId, holders, units);
        members.bankA().bonds().issue(new IssueBondRequest(bondId, List.of(), 0, Servicing.CHUNK));
        members.settle();
    }

    /** Each holder subscribes {@code units} to the open bond, paying in Bank A's token. */
    void subscribe(String bondId, List<String> holders, long units) throws InterruptedException {
        setUp(holders.size(), workers, i -> members.bankA().bonds().subscribe(
                new SubscribeRequest(requestId(), bondId, holders.get(i), units, cashA)));
        members.settle();
    }

    /**
     * A carbon project of Bank A's developer client, validated, registered, with one verified
     * report whose credits are issued to the developer and then spread over {@code holders}.
     * Returns each holder's block.
     */
    List<BlockRef> credits(List<String> holders, long tonnesEach) throws InterruptedException {
        String developer = openAccounts("BENCH-DEV", members.bankA(), cashA, 0, 1).get(0);
        String project = "BENCH-PRJ-" + run;
        int vintage = TODAY.getYear() - 1;
        members.bankA().carbonProjects().list(new ListCarbonProjectRequest(project, "Benchmark wind farm", "VCS",
                "ACM0002", "VN", Sector.ENERGY, developer, null, "a".repeat(64)));
        members.settle();
        members.verifier().carbonProjects().validate(new ProjectDecision(project, "b".repeat(64)));
        members.settle();
        members.registry().carbonProjects().register(new ProjectDecision(project, "c".repeat(64)));
        members.settle();
        long tonnes = tonnesEach * holders.size() + 100;
        members.bankA().carbonProjects().submitReport(new MonitoringReportRequest("MR-" + run, project,
                LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31), tonnes, "d".repeat(64)));
        members.settle();
        members.verifier().carbonProjects().verifyReport(new VerificationRequest(project, "MR-" + run, tonnes, "e".repeat(64)));
        members.settle();
        CreditIssuance issued = members.registry().credits().issue(
                new IssueCreditsRequest(project, "MR-" + run, 0, List.of(), null));
        members.settle();
        // The developer's block shrinks from its first serial with each transfer, so these go one by one.
        long first = issued.range().first();
        List<BlockRef> blocks = new ArrayList<>();
        for (String holder : holders) {
            CreditsMoved moved = members.bankA().credits().transfer(new TransferCreditsRequest(requestId(),
                    new BlockRef(developer, project, vintage, first), holder, tonnesEach));
            blocks.add(new BlockRef(holder, project, vintage, moved.range().first()));
            first = moved.range().last() + 1;
        }
        members.settle();
        return blocks;
    }

    /** Set-up steps, {@code inFlight} at a time. */
    private static void setUp(int count, int inFlight, java.util.function.IntConsumer step) throws InterruptedException {
        Load.Sample sample = Load.run(count, Math.min(inFlight, count), Duration.ofMinutes(30), (w, i) -> {
            step.accept(i);
            return 1;
        });
        if (!sample.failures().isEmpty()) {
            throw new IllegalStateException("setting up the market failed: " + sample.failures() + ", first: "
                    + sample.firstFailure());
        }
    }
}
