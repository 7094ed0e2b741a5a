package org.greenledger.client;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import org.greenledger.chaincode.api.Transaction;

/**
 * The SDK's calls as Micrometer meters, for applications that already report through Micrometer
 * (to Prometheus, or any registry it supports). Micrometer is an optional dependency of the SDK:
 * add {@code io.micrometer:micrometer-core} to use this class; nothing else in the SDK needs it.
 *
 * <ul>
 * <li>{@code greenledger.sdk.calls} (timer), tags {@code transaction} ({@code contract:TxName})
 *     and {@code outcome} ({@link CallListener.Outcome}, lower case): how many calls and how
 *     long they took, every attempt included;</li>
 * <li>{@code greenledger.sdk.retries} (counter), tags {@code transaction} and {@code kind}
 *     ({@code retry} or {@code failover}): attempts sent again.</li>
 * </ul>
 *
 * <pre>{@code
 * PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
 * try (GreenLedger ledger = GreenLedger.connect(profile, credentials, Duration.ofSeconds(30),
 *         MicrometerMetrics.listener(registry))) {
 *     ledger.holdings().transfer(request);
 * }
 * }</pre>
 */
public final class MicrometerMetrics implements CallListener {
    static final String CALLS = "greenledger.sdk.calls";
    static final String RETRIES = "greenledger.sdk.retries";

    private final MeterRegistry registry;

    private MicrometerMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * A listener that records every call of a connection in {@code registry}.
     *
     * @param registry where the meters go
     * @return the listener to pass to {@link GreenLedger#connect(ConnectionProfile, Credentials, Duration, CallListener)}
     */
    public static CallListener listener(MeterRegistry registry) {
        return new MicrometerMetrics(registry);
    }

    @Override
    public void completed(Transaction<?, ?> transaction, Outcome outcome, Duration took) {
        Timer.builder(CALLS).description("GreenLedger calls through the SDK, every attempt included")
                .tag("transaction", transaction.qualifiedName()).tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).record(took);
    }

    @Override
    public void retrying(Transaction<?, ?> transaction, boolean failover) {
        Counter.builder(RETRIES).description("GreenLedger calls the SDK sent again")
                .tag("transaction", transaction.qualifiedName()).tag("kind", failover ? "failover" : "retry")
                .register(registry).increment();
    }
}
