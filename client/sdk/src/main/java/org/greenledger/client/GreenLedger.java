package org.greenledger.client;

import java.time.Duration;

/**
 * The entry point of the GreenLedger SDK: a connection to one org's Fabric Gateway, acting as one
 * enrolled identity of that org, with typed facades per domain.
 *
 * <pre>{@code
 * ConnectionProfile profile = ConnectionProfile.load(Path.of(".network/orgs/banka/connection.json"));
 * Credentials operator = Credentials.fromMspDirectory(Path.of(".network/orgs/banka/users/operator/msp"));
 * try (GreenLedger ledger = GreenLedger.connect(profile, operator)) {
 *     Account account = ledger.accounts().open(new OpenAccountRequest("ACC-001", "BankAMSP",
 *             InvestorType.PROFESSIONAL, "SG",
 *             new KycAttestation(sha256Hex, KycLevel.STANDARD, LocalDate.of(2027, 12, 31))));
 * } catch (RejectedException e) {
 *     // e.code() is the stable reason, for example ErrorCode.KYC_EXPIRED; e.category() its kind
 * }
 * }</pre>
 *
 * <p>Writes return once the transaction is committed and valid. A refusal, by the chaincode or by
 * the SDK before sending, is a {@link RejectedException}; an invalidated transaction a
 * {@link NotCommittedException}; a call stopped by its deadline or cancelled an
 * {@link UnfinishedCallException}; any other failure a {@link GreenLedgerException}.
 * Instances are thread-safe; close them to release the gRPC channel.
 */
public interface GreenLedger extends AutoCloseable {
    /** Default deadline of each call. */
    Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);

    /** Connects with the default deadline. */
    static GreenLedger connect(ConnectionProfile profile, Credentials credentials) {
        return connect(profile, credentials, DEFAULT_DEADLINE);
    }

    /**
     * Connects to the profile's Gateway over TLS.
     *
     * @param deadline how long each endorse, submit, commit-wait or evaluate step may take
     */
    static GreenLedger connect(ConnectionProfile profile, Credentials credentials, Duration deadline) {
        return connect(profile, credentials, deadline, CallListener.NONE);
    }

    /**
     * Connects to the profile's Gateway over TLS and reports every call to {@code listener}
     * (for example {@link MicrometerMetrics#listener}).
     *
     * @param profile     the org's Gateways, channel and chaincode
     * @param credentials the enrolled identity the connection acts as
     * @param deadline    how long each endorse, submit, commit-wait or evaluate step may take
     * @param listener    told of each call's outcome and duration, and of each attempt sent again
     * @return the connection; close it to release its gRPC channels
     */
    static GreenLedger connect(ConnectionProfile profile, Credentials credentials, Duration deadline, CallListener listener) {
        return GatewayConnection.open(profile, credentials, deadline, listener);
    }

    /**
     * Connects as the identity of {@code certificate} without its private key: reads and writes go
     * through {@link #offline()}, each message signed by whoever holds the key.
     */
    static GreenLedger connectWithoutKey(ConnectionProfile profile, java.security.cert.X509Certificate certificate) {
        return GatewayConnection.openWithoutKey(profile, certificate, DEFAULT_DEADLINE);
    }

    /**
     * Waits until the peers behind {@code connections} have committed the same number of blocks,
     * for a process that writes through one org's connection and continues through another's.
     *
     * @throws GreenLedgerException if they have not converged within {@code timeout}
     */
    static void awaitSameHeight(Duration timeout, GreenLedger... connections) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (java.util.Arrays.stream(connections).mapToLong(GreenLedger::blockHeight).distinct().count() > 1) {
            if (System.nanoTime() > deadline) {
                throw new GreenLedgerException("peers did not reach the same height within " + timeout, null);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GreenLedgerException("interrupted while waiting for peers", e);
            }
        }
    }

    /**
     * This connection's facades with a deadline on each call: everything one facade method sends
     * (its endorsement, submit and commit wait, and any retries) must be done within
     * {@code perCall} of the method's start, longer or shorter than the connection's deadline per
     * step. A call that runs out of time throws {@link UnfinishedCallException}, which says
     * whether the write may still commit.
     *
     * <pre>{@code
     * GreenLedger quick = ledger.withDeadline(Duration.ofSeconds(2));   // cheap: make one per call if you like
     * try {
     *     quick.holdings().transfer(request);
     * } catch (UnfinishedCallException e) {
     *     if (e.mayStillCommit()) { ... }                                 // a transfer has a request id: send it again
     * }
     * }</pre>
     *
     * <p>To cancel a call, interrupt the thread that runs it, or run it in an
     * {@code io.grpc.Context} and cancel that; it throws {@link UnfinishedCallException} too.
     * The view shares this connection's channels and facades (lots in flight included); closing
     * it does nothing. Events and {@link #offline()} keep the connection's deadline per step.
     *
     * @throws IllegalArgumentException if {@code perCall} is not positive
     */
    GreenLedger withDeadline(Duration perCall);

    /** Member orgs and their roles. */
    Governance governance();

    /** Investor accounts and their KYC attestations. */
    Accounts accounts();

    /** Green bonds and their lifecycle. */
    Bonds bonds();

    /** The regulator's powers: freezes, sanctions, pauses, sandbox caps, reporting thresholds. */
    Compliance compliance();

    /** Tokenized bank deposits. */
    Cash cash();

    /** Holdings of any asset and transfers between accounts. */
    Holdings holdings();

    /** Secondary trades settled delivery versus payment or free of payment. */
    Trades trades();

    /** Green projects and the allocation of bond proceeds to them. */
    Proceeds proceeds();

    /** Impact reported, attested, and a bond's share of it. */
    Impact impact();

    /** Documents about bonds and projects, by hash and URI. */
    Documents documents();

    /** The regulator's history of movements and records. */
    History history();

    /** Carbon projects, their validation, registration and monitoring reports. */
    CarbonProjects carbonProjects();

    /** Carbon credits: issuance, imports, transfers, retirements with certificates, reports. */
    Credits credits();

    /** The ledger's events, resumable from a checkpoint file. */
    Events events();

    /** Any transaction, prepared here and signed elsewhere; also the asynchronous submit. */
    OfflineSigning offline();

    /**
     * The number of blocks of the channel committed on this connection's peer. A write returns
     * once the writer's own peer committed it; another org's peer may be a moment behind, so a
     * process that continues on another org's connection can wait until that connection's
     * height has caught up.
     */
    long blockHeight();

    /** The MSP ID of the org this connection acts for. */
    String mspId();

    /** Closes the gRPC channel. */
    @Override
    void close();
}
