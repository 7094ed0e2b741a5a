package org.greenledger.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementPurpose;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.settlement.SettlementType;
import org.greenledger.chaincode.api.settlement.TradeRequest;
import org.greenledger.client.RetryPolicy;

/**
 * GreenLedger's benchmark (scripts/bench.sh): on the running network, each workload through the
 * SDK right after the baseline chaincode's blind write, in the same process and on the same
 * network, round after round; it prints committed transactions per second, latency percentiles,
 * invalidated transactions by validation code, the SDK's retries, what each transaction read and
 * wrote, the ratio to the blind write and the machine's load, then writes the same as JSON.
 *
 * <p>Arguments: {@code STATE_DIR OUTPUT_JSON [--smoke] [--rounds N] [--operations N] [--in-flight N]
 * [--one-holder N] [--holders N,N,...] [--only TEXT]}: {@code --only} runs the workloads whose name
 * contains one of TEXT's comma-separated words ("servicing" for the servicing alone); {@code --holders} the numbers of holders
 * the servicing runs at.
 */
public final class Bench {
    private final Settings settings;
    private final Path state;
    private final Path root;
    private final Members members;
    private final Baseline baseline;
    private final Market market;
    private final List<Map<String, Object>> measurements = new ArrayList<>();

    /** How much to run. */
    record Settings(int rounds, int operations, int inFlight, int oneHolder, long limitSeconds, String only,
            List<Integer> holders, int mintsInFlight) {
        static Settings parse(List<String> args) {
            boolean smoke = args.contains("--smoke");
            int rounds = smoke ? 1 : 3;
            int operations = smoke ? 8 : 600;
            int inFlight = smoke ? 4 : 32;
            int oneHolder = smoke ? 5 : 50;
            String only = "";
            int mintsInFlight = 8;
            List<Integer> holders = smoke ? List.of(3) : List.of(10, 100, 1000);
            for (int i = 0; i < args.size() - 1; i++) {
                switch (args.get(i)) {
                    case "--rounds" -> rounds = positive(args.get(i + 1));
                    case "--operations" -> operations = positive(args.get(i + 1));
                    case "--in-flight" -> inFlight = positive(args.get(i + 1));
                    case "--one-holder" -> oneHolder = positive(args.get(i + 1));
                    case "--only" -> only = args.get(i + 1);
                    case "--mints-in-flight" -> mintsInFlight = positive(args.get(i + 1));
                    case "--holders" -> holders = java.util.Arrays.stream(args.get(i + 1).split(","))
                            .map(Settings::positive).toList();
                    default -> { }
                }
            }
            return new Settings(rounds, operations, inFlight, oneHolder, smoke ? 120 : 300, only, holders, mintsInFlight);
        }

        private static int positive(String value) {
            int n = Integer.parseInt(value);
            if (n <= 0) {
                throw new IllegalArgumentException("counts must be positive: " + value);
            }
            return n;
        }
    }

    /** One workload: what it is, how many transactions an operation commits, and the operation. */
    private record Workload(String name, String namespace, Load.Operation operation) {
    }

    private Bench(Settings settings, Path state, Members members, Baseline baseline) {
        this.settings = settings;
        this.state = state;
        this.root = Path.of(System.getProperty("gl.root", "."));
        this.members = members;
        this.baseline = baseline;
        this.market = new Market(members, settings.inFlight(),
                (long) settings.rounds() * settings.operations() / settings.inFlight() + 1, settings.mintsInFlight());
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Bench STATE_DIR OUTPUT_JSON [--smoke] [--rounds N] [--operations N] [--in-flight N] [--one-holder N]");
            System.exit(2);
        }
        Path state = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Settings settings = Settings.parse(List.of(args).subList(2, args.length));
        try (Members members = Members.connect(state);
                Baseline baseline = new Baseline(Members.profile(state, "banka"),
                        Members.credentials(state, "banka", "operator"), "baseline")) {
            new Bench(settings, state, members, baseline).run(output);
        }
        // gRPC's threads would keep the JVM (Maven's exec:java) alive.
        System.exit(0);
    }

    private void run(Path output) throws Exception {
        System.out.printf(Locale.ROOT, "benchmark: %d rounds, %d operations per workload, %d in flight, %d cores%n",
                settings.rounds(), settings.operations(), settings.inFlight(), Runtime.getRuntime().availableProcessors());
        members.ensureGovernance();
        List<Workload> workloads = setUpWorkloads();
        for (int round = 1; round <= settings.rounds(); round++) {
            for (Workload workload : workloads) {
                if (!selected(workload.name())) {
                    continue;
                }
                Map<String, Object> blind = measure(round, blindWrite(round, workload.name()));
                Map<String, Object> measured = measure(round, workload);
                measured.put("ratioToBlindWrite", ratio((double) measured.get("txPerSecond"), (double) blind.get("txPerSecond")));
                measured.put("p50RatioToBlindWrite", ratio((double) measured.get("p50Ms"), (double) blind.get("p50Ms")));
                System.out.printf(Locale.ROOT, "  -> %.2fx the blind write's tx/s, p50 latency %.2fx%n",
                        measured.get("ratioToBlindWrite"), measured.get("p50RatioToBlindWrite"));
            }
            if (selected("transfers at once from one holder")) {
                oneHolder(round);
            }
        }
        List<Map<String, Object>> servicing = selected("servicing")
                ? new Servicing(market, baseline.network(), root).run(settings.holders()) : List.of();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("at", Instant.now().toString());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("settings", settings);
        report.put("summary", summary());
        report.put("measurements", measurements);
        report.put("servicing", servicing);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create()
                .toJson(report), StandardCharsets.UTF_8);
        System.out.println("summary written to " + output);
    }

    // ------------------------------------------------------------------ the workloads

    /** Whether the run includes the workload of that name (--only: any of its comma-separated words). */
    private boolean selected(String name) {
        return java.util.Arrays.stream(settings.only().split(",")).anyMatch(name::contains);
    }

    private Workload blindWrite(int round, String before) {
        return new Workload("blind write (baseline, before " + before + ")", "baseline", (w, i) -> {
            baseline.write(market.run + "-" + round + "-" + before.hashCode() + "-" + i, "x");
            return 1;
        });
    }

    private List<Workload> setUpWorkloads() throws Exception {
        System.out.println("setting up the market (run " + market.run + ")");
        long cash = market.unitsPerWorker * 1_000;
        market.createTokens();
        members.settle();
        List<String> payers = market.openAccounts("BENCH-PAYER", members.bankA(), market.cashA, cash);
        List<String> payees = market.openAccounts("BENCH-PAYEE", members.bankB(), null, 0);
        List<String> bondHolders = market.openAccounts("BENCH-HOLDER", members.bankA(), market.cashA,
                3 * market.unitsPerWorker * Market.DENOMINATION);
        List<String> bondBuyers = market.openAccounts("BENCH-BUYER", members.bankB(), market.cashB,
                market.unitsPerWorker * Market.DENOMINATION);
        List<String> subscribers = market.openAccounts("BENCH-SUBSCRIBER", members.bankA(), market.cashA,
                market.unitsPerWorker * Market.DENOMINATION);
        List<String> creditBuyers = market.openAccounts("BENCH-CREDIT-BUYER", members.bankB(), null, 0);
        members.settle();
        // Only what the selected workloads use: a run against an older chaincode can then measure
        // the workloads it supports.
        String bond = selected("bond transfers") || selected("DvP trades") ? market.openBond("Issued") : null;
        if (bond != null) {
            market.issue(bond, bondHolders, 2 * market.unitsPerWorker);
        }
        String openBond = selected("subscriptions to one open bond") ? market.openBond("Open") : null;
        List<BlockRef> blocks = selected("carbon credit") ? market.credits(bondHolders, 2 * market.unitsPerWorker)
                : List.of();
        AtomicLongArray nextSerial = new AtomicLongArray(Math.max(blocks.size(), 1));
        for (int w = 0; w < blocks.size(); w++) {
            nextSerial.set(w, blocks.get(w).firstSerial());
        }
        System.out.println("market ready");
        return List.of(
                new Workload("deposit-token transfers between distinct holders", "greenledger", (w, i) -> {
                    members.bankA().holdings().transfer(new TransferRequest(market.requestId(), market.cashA,
                            payers.get(w), payees.get(w), 1_000, "bench"));
                    return 1;
                }),
                new Workload("bond transfers between distinct holders", "greenledger", (w, i) -> {
                    members.bankA().holdings().transfer(new TransferRequest(market.requestId(), bond,
                            bondHolders.get(w), bondBuyers.get(w), 1, "bench"));
                    return 1;
                }),
                new Workload("DvP trades (proposal + settlement)", "greenledger", (w, i) -> {
                    String tradeId = market.requestId();
                    members.bankA().trades().propose(new TradeRequest(tradeId, bond, bondHolders.get(w),
                            bondBuyers.get(w), 1, SettlementType.DVP, market.cashB, Market.DENOMINATION, null));
                    // The buyer's bank settles what its own peer has committed (as it would on the trade's event).
                    members.awaitHeight(members.bankB(), members.bankA().blockHeight());
                    members.bankB().trades().settle(tradeId);
                    return 2;
                }),
                new Workload("carbon credit transfers", "greenledger", (w, i) -> {
                    BlockRef from = blocks.get(w);
                    long first = nextSerial.getAndIncrement(w);
                    members.bankA().credits().transfer(new TransferCreditsRequest(market.requestId(),
                            new BlockRef(from.holderAccountId(), from.projectId(), from.vintage(), first),
                            creditBuyers.get(w), 1));
                    return 1;
                }),
                new Workload("carbon credit retirements", "greenledger", (w, i) -> {
                    BlockRef from = blocks.get(w);
                    long first = nextSerial.getAndIncrement(w);
                    members.bankA().credits().retire(new RetireCreditsRequest(market.requestId(),
                            new BlockRef(from.holderAccountId(), from.projectId(), from.vintage(), first), 1,
                            "Benchmark beneficiary", RetirementPurpose.VOLUNTARY, null));
                    return 1;
                }),
                new Workload("subscriptions to one open bond", "greenledger", (w, i) -> {
                    members.bankA().bonds().subscribe(new SubscribeRequest(market.requestId(), openBond,
                            subscribers.get(w), 1, market.cashA));
                    return 1;
                }));
    }

    /**
     * {@code oneHolder} transfers released at once from one holder: GreenLedger's deposit tokens
     * (request ids, the SDK's retries), then the baseline's single-key token under the same retry
     * policy. Checks that every transfer was applied exactly once.
     */
    private void oneHolder(int round) throws Exception {
        int n = settings.oneHolder();
        long units = 1_000;
        String holder = market.openAccounts("BENCH-TREASURY-R" + round, members.bankA(), market.cashA, n * units * 2, 1).get(0);
        List<String> payees = market.openAccounts("BENCH-ONE-PAYEE-R" + round, members.bankB(), null, 0, n);
        members.settle();
        long before = members.bankA().holdings().holding(market.cashA, holder).units();
        Map<String, Object> greenLedger = measure(round, new Workload(n + " transfers at once from one holder", "greenledger",
                (w, i) -> {
                    members.bankA().holdings().transfer(new TransferRequest(market.requestId(), market.cashA, holder,
                            payees.get(i), units, "bench"));
                    return 1;
                }), n, n);
        long after = members.bankA().holdings().holding(market.cashA, holder).units();
        long received = 0;
        for (String payee : payees) {
            received += members.bankB().holdings().holding(market.cashA, payee).units();
        }
        long committed = (long) greenLedger.get("transactions");
        check(before - after == committed * units && received == committed * units,
                "one holder's transfers: " + committed + " committed, the holder paid " + (before - after)
                        + " and the payees received " + received);
        String single = "BENCH-SINGLE-" + market.run + "-" + round;
        baseline.mint(single, n * units * 2);
        Map<String, Object> token = measure(round, new Workload(n + " transfers at once from one single-key balance (baseline)",
                "baseline", (w, i) -> {
                    baseline.transfer(single, single + "-payee-" + i, units);
                    return 1;
                }), n, n);
        long tokenCommitted = (long) token.get("transactions");
        check(baseline.balance(single) == n * units * 2 - tokenCommitted * units, "the single-key token lost units");
        System.out.printf(Locale.ROOT, "  -> one holder: GreenLedger %d of %d committed in %.1f s; single-key token %d of %d in %.1f s (%.2fx the wall time)%n",
                committed, n, greenLedger.get("seconds"), tokenCommitted, n, token.get("seconds"),
                ratio((double) greenLedger.get("seconds"), (double) token.get("seconds")));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    // ------------------------------------------------------------------ measuring

    private Map<String, Object> measure(int round, Workload workload) throws Exception {
        return measure(round, workload, settings.operations(), settings.inFlight());
    }

    /** Runs {@code operations} of the workload, {@code inFlight} at a time, and records what it measured. */
    private Map<String, Object> measure(int round, Workload workload, int operations, int inFlight) throws Exception {
        long fromHeight = members.bankA().blockHeight();
        long retries = RetryPolicy.retries();
        Map<String, Double> cpuBefore = Cpu.snapshot(state);
        Load.Sample sample = Load.run(operations, inFlight, Duration.ofSeconds(settings.limitSeconds()), workload.operation());
        long retried = RetryPolicy.retries() - retries;
        members.settle();
        Map<String, Double> cpu = Cpu.perTransaction(cpuBefore, Cpu.snapshot(state), sample.transactions());
        Blocks.Tally blocks = Blocks.tally(baseline.network(), workload.namespace(), fromHeight, members.bankA().blockHeight());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", round);
        m.put("workload", workload.name());
        m.put("operations", sample.operations());
        m.put("inFlight", inFlight);
        m.put("transactions", sample.transactions());
        m.put("failures", sample.failures());
        m.put("seconds", sample.seconds());
        m.put("txPerSecond", sample.perSecond());
        m.put("p50Ms", sample.percentileMillis(50));
        m.put("p95Ms", sample.percentileMillis(95));
        m.put("p99Ms", sample.percentileMillis(99));
        m.put("invalidated", blocks.invalid());
        m.put("sdkRetries", retried);
        m.put("bytesPerTx", blocks.bytesPerTx());
        m.put("readsPerTx", blocks.readsPerTx());
        m.put("rangeReadsPerTx", blocks.rangeReadsPerTx());
        m.put("writesPerTx", blocks.writesPerTx());
        m.put("keyPolicyWritesPerTx", blocks.metadataWritesPerTx());
        m.put("bytesPerTxByPart", blocks.partsPerTx());
        m.put("cpuMsPerTx", cpu);
        m.put("load1", loadAverage());
        measurements.add(m);
        System.out.printf(Locale.ROOT,
                "round %d  %-58s %5d tx %7.1f tx/s  p50 %6.0f  p95 %6.0f  p99 %6.0f ms  invalid %s  retries %d  "
                        + "per tx: %.0f B %s, %.1f reads, %.1f range reads, %.1f writes, %.1f key policies, CPU ms %s  load %.1f%s%n",
                round, workload.name(), sample.transactions(), sample.perSecond(), sample.percentileMillis(50),
                sample.percentileMillis(95), sample.percentileMillis(99), blocks.invalid(), retried, blocks.bytesPerTx(),
                blocks.partsPerTx(),
                blocks.readsPerTx(), blocks.rangeReadsPerTx(), blocks.writesPerTx(), blocks.metadataWritesPerTx(), cpu,
                loadAverage(), sample.failures().isEmpty() ? "" : "  FAILED " + sample.failures() + " (" + sample.firstFailure() + ")");
        return m;
    }

    /** Per workload, the median over the rounds of its rate, its ratio to the blind write and its p50. */
    private List<Map<String, Object>> summary() {
        Map<String, List<Map<String, Object>>> byWorkload = new LinkedHashMap<>();
        for (Map<String, Object> m : measurements) {
            String name = (String) m.get("workload");
            if (!name.startsWith("blind write")) {
                byWorkload.computeIfAbsent(name, k -> new ArrayList<>()).add(m);
            }
        }
        List<Map<String, Object>> summary = new ArrayList<>();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-62s %9s %9s %9s %11s%n", "median over rounds", "tx/s", "x blind", "p50 ms", "p50 x blind");
        byWorkload.forEach((name, runs) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("workload", name);
            s.put("txPerSecond", median(runs, "txPerSecond"));
            s.put("ratioToBlindWrite", median(runs, "ratioToBlindWrite"));
            s.put("p50Ms", median(runs, "p50Ms"));
            s.put("p50RatioToBlindWrite", median(runs, "p50RatioToBlindWrite"));
            s.put("seconds", median(runs, "seconds"));
            summary.add(s);
            System.out.printf(Locale.ROOT, "%-62s %9.1f %9.2f %9.0f %11.2f%n", name, s.get("txPerSecond"),
                    s.get("ratioToBlindWrite"), s.get("p50Ms"), s.get("p50RatioToBlindWrite"));
        });
        return summary;
    }

    private static double median(List<Map<String, Object>> runs, String field) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Object> run : runs) {
            if (run.get(field) instanceof Double d && !d.isNaN()) {
                values.add(d);
            }
        }
        if (values.isEmpty()) {
            return Double.NaN;
        }
        values.sort(null);
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }

    private static double ratio(double value, double base) {
        return base == 0 ? Double.NaN : value / base;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
