package org.greenledger.client;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The test network's one clock ({@code scripts/network.sh clock}): every org's chaincode service
 * and this JVM run on it through libfaketime, so a test reaches a coupon date or maturity by
 * moving the whole network, never by stamping one proposal. The network and this JVM must have
 * been started on it ({@code scripts/test.sh} does both).
 */
final class NetworkClock implements AutoCloseable {
    private NetworkClock() {
    }

    /** Moves the network clock to {@code when}; closing the result moves it back to the real time. */
    static NetworkClock at(Instant when) {
        TestNetwork.networkScript("clock", "set", when.truncatedTo(ChronoUnit.SECONDS).toString());
        Duration off = Duration.between(when, Instant.now()).abs();
        if (off.compareTo(Duration.ofMinutes(1)) > 0) {
            reset();
            throw new IllegalStateException("this JVM does not run on the network clock (it reads " + Instant.now()
                    + " after the clock was set to " + when + "): run the integration tests with scripts/test.sh");
        }
        return new NetworkClock();
    }

    /** Noon UTC of {@code day}, on the network clock. */
    static NetworkClock atNoonOf(LocalDate day) {
        return at(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    static void reset() {
        TestNetwork.networkScript("clock", "reset");
    }

    @Override
    public void close() {
        reset();
    }
}
