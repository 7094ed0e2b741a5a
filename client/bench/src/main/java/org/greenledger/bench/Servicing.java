package org.greenledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.hyperledger.fabric.client.Network;

/**
 * A bond's servicing at several numbers of holders: its issue (every subscription settled), its
 * first record date and coupon payment, and its redemption at maturity, each run in chunks of
 * {@value #CHUNK} holders until done. For each it prints the time, the transactions (chunks),
 * their largest size, the read/write set per transaction, and the cost per holder. The network's
 * clock is moved to the record date, the payment date and maturity (scripts/network.sh clock),
 * as the integration tests do, and back to the real time at the end.
 */
final class Servicing {
    static final int CHUNK = 100;

    private final Market market;
    private final Network blocks;
    private final Path root;
    /** Steps timed while the clock was moved; their blocks are read once it is back (see {@link #report}). */
    private final List<Step> steps = new ArrayList<>();

    private record Step(int holders, String what, double seconds, long fromBlock, long toBlock) {
    }

    Servicing(Market market, Network blocks, Path root) {
        this.market = market;
        this.blocks = blocks;
        this.root = root;
    }

    /** One bond and its holders. */
    private record Book(int holders, String bondId, List<CouponPeriod> periods) {
    }

    List<Map<String, Object>> run(List<Integer> sizes) throws Exception {
        System.out.println("servicing: setting up a bond for each number of holders " + sizes);
        List<Book> books = new ArrayList<>();
        for (int size : sizes) {
            String bondId = market.openBond("S" + size);
            // The coupons and the final coupon come on top of the principal the proceeds cover.
            market.fund(market.treasuryOf("S" + size), size * 10L * Market.DENOMINATION / 2);
            List<String> holders = market.openAccounts("BENCH-SVC" + size, market.members.bankA(), market.cashA,
                    20 * Market.DENOMINATION, size);
            market.subscribe(bondId, holders, 10);
            books.add(new Book(size, bondId, null));
        }
        List<Book> issued = new ArrayList<>();
        for (Book book : books) {
            step(book, "issue (every subscription settled)", () -> market.members.bankA().bonds()
                    .issue(new IssueBondRequest(book.bondId(), List.of(), 0, CHUNK)));
            issued.add(new Book(book.holders(), book.bondId(),
                    market.members.bankA().bonds().couponSchedule(book.bondId()).periods()));
        }
        CouponPeriod first = issued.get(0).periods().get(0);
        try {
            clock(first.recordDate());
            for (Book book : issued) {
                step(book, "record date (holders fixed)", () -> market.members.bankA().bonds()
                        .fixRecordDate(new FixRecordDateRequest(book.bondId(), 1, CHUNK)));
            }
            clock(first.paymentDate());
            for (Book book : issued) {
                step(book, "coupon payment run", () -> market.members.bankA().bonds().payCoupon(
                        new PayCouponRequest(market.requestId(), book.bondId(), 1, market.cashA, CHUNK)));
            }
            CouponPeriod last = issued.get(0).periods().get(issued.get(0).periods().size() - 1);
            clock(last.paymentDate());
            for (Book book : issued) {
                market.members.bankA().bonds().mature(book.bondId());
                market.members.settle();
                step(book, "redemption (principal and final coupon)", () -> market.members.bankA().bonds().redeem(
                        new RedeemRequest(book.bondId(), market.cashA, 0, null, CHUNK)));
            }
        } finally {
            script("clock", "reset");
        }
        return report();
    }

    /**
     * The blocks of each step, read with the network's clock back at the real time: a peer's
     * block service refuses a request stamped far from its own clock, and peers keep the real one.
     */
    private List<Map<String, Object>> report() throws Exception {
        List<Map<String, Object>> results = new ArrayList<>();
        for (Step step : steps) {
            Blocks.Tally tally = Blocks.tally(blocks, "greenledger", step.fromBlock(), step.toBlock());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("holders", step.holders());
            r.put("step", step.what());
            r.put("seconds", step.seconds());
            r.put("transactions", tally.transactions());
            r.put("largestTxBytes", tally.maxBytes());
            r.put("bytesPerTx", tally.bytesPerTx());
            r.put("readsPerTx", tally.readsPerTx());
            r.put("rangeReadsPerTx", tally.rangeReadsPerTx());
            r.put("writesPerTx", tally.writesPerTx());
            r.put("msPerHolder", step.seconds() * 1000 / step.holders());
            r.put("bytesPerHolder", (double) tally.bytes() / step.holders());
            results.add(r);
            System.out.printf(Locale.ROOT, "servicing %5d holders  %-42s %7.1f s  %3d tx (chunks)  largest tx %8d B  "
                            + "per tx: %.0f reads, %.1f range reads, %.0f writes  per holder: %6.1f ms, %6.0f B%n",
                    step.holders(), step.what(), step.seconds(), tally.transactions(), tally.maxBytes(),
                    tally.readsPerTx(), tally.rangeReadsPerTx(), tally.writesPerTx(),
                    step.seconds() * 1000 / step.holders(), (double) tally.bytes() / step.holders());
        }
        return results;
    }

    private void step(Book book, String what, Runnable call) {
        long from = market.members.bankA().blockHeight();
        long began = System.nanoTime();
        call.run();
        double seconds = (System.nanoTime() - began) / 1e9;
        market.members.settle();
        steps.add(new Step(book.holders(), what, seconds, from, market.members.bankA().blockHeight()));
        System.out.printf(Locale.ROOT, "servicing %5d holders  %-42s %7.1f s%n", book.holders(), what, seconds);
    }

    /** Moves the whole test network's clock to noon of {@code day} (UTC). */
    private void clock(LocalDate day) throws IOException, InterruptedException {
        script("clock", "set", day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC).toString());
        market.members.settle();
    }

    private void script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("scripts/network.sh").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("scripts/network.sh " + String.join(" ", args) + " failed");
        }
    }
}
