package org.greenledger.chaincode.contract.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Transaction;

/**
 * What the org's chaincode service did, for its Prometheus: transactions per function and
 * outcome, refusals per function and error code, and how long each took. Counted in this service
 * only (each org's service answers its own peer's proposals), and never read by the contracts, so
 * nothing written to the ledger depends on it.
 *
 * <p>Labels take only known values, so a client that sends made-up function names cannot grow
 * the series without bound: a function the catalog does not name is counted as {@code unknown}.
 */
public final class ChaincodeMetrics {
    static final String UNKNOWN = "unknown";
    private static final Set<String> FUNCTIONS =
            Transaction.all().stream().map(Transaction::qualifiedName).collect(Collectors.toUnmodifiableSet());

    private final Counter transactions;
    private final Counter refusals;
    private final Histogram duration;

    public ChaincodeMetrics(PrometheusRegistry registry) {
        transactions = Counter.builder().name("greenledger_chaincode_transactions")
                .help("Proposals the chaincode service executed, by function and outcome (ok, refused)")
                .labelNames("function", "outcome").register(registry);
        refusals = Counter.builder().name("greenledger_chaincode_refusals")
                .help("Proposals the chaincode refused, by function and GreenLedger error code")
                .labelNames("function", "code").register(registry);
        duration = Histogram.builder().name("greenledger_chaincode_duration_seconds")
                .help("Time the chaincode service spent executing a proposal, ledger reads included")
                .classicOnly()
                .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
                .labelNames("function").register(registry);
    }

    /**
     * Counts one executed proposal.
     *
     * @param function what the client invoked ({@code contract:TxName}), as the peer passed it
     * @param refusal  the code it was refused with, empty if it was endorsed
     * @param seconds  how long it ran
     */
    public void record(String function, Optional<ErrorCode> refusal, double seconds) {
        String known = FUNCTIONS.contains(function) ? function : UNKNOWN;
        transactions.labelValues(known, refusal.isPresent() ? "refused" : "ok").inc();
        refusal.ifPresent(code -> refusals.labelValues(known, code.name()).inc());
        duration.labelValues(known).observe(seconds);
    }
}
