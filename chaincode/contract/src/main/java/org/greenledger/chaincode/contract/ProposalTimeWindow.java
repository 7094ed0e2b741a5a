package org.greenledger.chaincode.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.greenledger.chaincode.api.ErrorCode;

/**
 * This endorser's bound on the proposal's time: the only place the chaincode reads a clock.
 *
 * <p>The ledger's time is the timestamp the client signs into its proposal; every rule stated in
 * time (KYC expiry, lock-up, subscription windows, record and payment dates, maturity) reads that
 * timestamp, so that every endorser computes the same writes. Nothing would stop one member's
 * client from stamping another time, so each org's chaincode service refuses a proposal whose
 * timestamp lies further than its window from its own clock. The guard can only refuse: what an
 * accepted transaction writes still depends on the proposal alone. Under the majority
 * endorsement policy, a forged time now needs a majority of orgs whose clocks (or chaincode
 * services) agree to it.
 *
 * <p>The window is the org's own setting: {@value #WINDOW_VARIABLE}, in seconds, in its chaincode
 * service's environment; {@link #DEFAULT_WINDOW} when unset.
 */
public final class ProposalTimeWindow {
    /** The environment variable of the chaincode service that sets the window, in whole seconds. */
    public static final String WINDOW_VARIABLE = "GL_PROPOSAL_TIME_WINDOW";
    /**
     * Five minutes: NTP keeps servers within milliseconds, and a proposal is endorsed seconds after
     * it is built, even when a signing service or an HSM signs it; the rules are stated in days,
     * so a forger gains at most this much around a date boundary.
     */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    private static final ProposalTimeWindow ENDORSER = fromEnvironment(System.getenv(WINDOW_VARIABLE));

    private final Clock clock;
    private final Duration window;

    public ProposalTimeWindow(Clock clock, Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(WINDOW_VARIABLE + " must be positive, not " + window);
        }
        this.clock = clock;
        this.window = window;
    }

    /** The window this chaincode service was started with. */
    public static ProposalTimeWindow endorser() {
        return ENDORSER;
    }

    static ProposalTimeWindow fromEnvironment(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return new ProposalTimeWindow(Clock.systemUTC(), DEFAULT_WINDOW);
        }
        try {
            return new ProposalTimeWindow(Clock.systemUTC(), Duration.ofSeconds(Long.parseLong(seconds.trim())));
        } catch (NumberFormatException e) {
            // A service that cannot read its own setting must not start with a guess.
            throw new IllegalArgumentException(WINDOW_VARIABLE + " must be a whole number of seconds, not '" + seconds
                    + "'", e);
        }
    }

    public Duration window() {
        return window;
    }

    /**
     * Refuses a proposal stamped too far from this endorser's clock.
     *
     * @throws ContractError CLOCK_SKEW
     */
    public void check(Instant proposalTime) {
        Instant now = clock.instant();
        Duration skew = Duration.between(now, proposalTime).abs();
        if (skew.compareTo(window) > 0) {
            throw new ContractError(ErrorCode.CLOCK_SKEW, "the proposal is stamped " + proposalTime + ", "
                    + skew.toSeconds() + " s " + (proposalTime.isAfter(now) ? "ahead of" : "behind")
                    + " this endorser's clock; the window is " + window.toSeconds() + " s");
        }
    }
}
