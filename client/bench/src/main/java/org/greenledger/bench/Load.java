package org.greenledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenledger.client.NotCommittedException;
import org.greenledger.client.RejectedException;
import org.hyperledger.fabric.client.CommitException;

/**
 * Runs one workload's operations from a fixed number of worker threads, each keeping one operation
 * in flight (so {@code workers} requests are in flight at once), and times each operation from
 * its first proposal to its commit.
 */
final class Load {
    /** One operation: it commits its transactions and returns how many it committed. */
    @FunctionalInterface
    interface Operation {
        int run(int worker, int index) throws Exception;
    }

    /** What a run measured. */
    record Sample(int operations, long transactions, double seconds, List<Long> latenciesMicros,
            Map<String, Long> failures, String firstFailure) {
        double perSecond() {
            return seconds == 0 ? 0 : transactions / seconds;
        }

        /** The latency below which {@code percent} % of the operations committed, in milliseconds. */
        double percentileMillis(int percent) {
            if (latenciesMicros.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            int rank = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(rank, 0)) / 1000.0;
        }
    }

    private Load() {
    }

    /**
     * Runs {@code count} operations on {@code workers} threads, all released at once; stops
     * starting new ones after {@code limit}. Failures are counted by reason, not thrown.
     */
    static Sample run(int count, int workers, Duration limit, Operation operation) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> failures = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        long[] committed = new long[workers];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    try {
                        committed[worker] += operation.run(worker, i);
                        latencies.add((System.nanoTime() - began) / 1000);
                    } catch (Exception e) {
                        failures.merge(reason(e), 1L, Long::sum);
                        firstFailure.compareAndSet(null, e.getMessage());
                    }
                }
            }, "bench-worker-" + w);
            threads.add(thread);
            thread.start();
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long transactions = 0;
        for (long c : committed) {
            transactions += c;
        }
        return new Sample(Math.min(count, next.get()), transactions, seconds, List.copyOf(latencies),
                new TreeMap<>(failures), firstFailure.get());
    }

    /** A failure's reason as the benchmark reports it: the chaincode's code, or the validation code. */
    static String reason(Throwable e) {
        if (e instanceof RejectedException rejected) {
            return rejected.code().name();
        }
        if (e instanceof NotCommittedException notCommitted) {
            return notCommitted.validationCode();
        }
        if (e instanceof CommitException commit) {
            return commit.getCode().name();
        }
        return e.getClass().getSimpleName();
    }
}
