package org.greenledger.client;

import java.time.Duration;

/**
 * The entry point of the GreenLedger SDK: a connection to one org's Fabric Gateway, acting as one
 * enrolled identity of that org, with typed facades per domain.
 *
 * <pre>{@code
 * ConnectionProfile profile = ConnectionProfile.load(Path.of(".network/orgs/banka/connection.json"));
 * Credentials operator = Credentials.fromMspDirectory(Path.of(".network/orgs/banka/users/operator/msp"));
 * try (GreenLedger ledger = GreenLedger.connect(profile, operator)) {      // close() releases the channels
 *     Account account = ledger.accounts().open(new OpenAccountRequest("ACC-001", "BankAMSP",
 *             InvestorType.PROFESSIONAL, "SG",
 *             new KycAttestation(sha256Hex, KycLevel.STANDARD, LocalDate.of(2027, 12, 31))));
 *     UnitsMoved moved = ledger.withDeadline(Duration.ofSeconds(5))      // this call within 5 s in all
 *             .holdings().transfer(new TransferRequest("PAY-0042", "CASH-A-VND", "ACC-001", "ACC-002",
 *                     1_000_000, "invoice 42"));
 * } catch (RejectedException e) {
 *     switch (e.code()) {                                                 // the stable reason
 *         case KYC_EXPIRED -> renewKyc("ACC-001");
 *         default -> alert(e.category(), e.reason(), e.transactionId());
 *     }
 * } catch (UnfinishedCallException e) {
 *     // the deadline passed: e.mayStillCommit() says whether to check before sending again
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

    /**
     * Connects to the profile's Gateway over TLS with the {@link #DEFAULT_DEADLINE} per step. The
     * gRPC channels connect lazily: nothing is sent until the first call, so an unreachable peer
     * shows on that call, not here.
     *
     * <pre>{@code
     * try (GreenLedger bankA = GreenLedger.connect(ConnectionProfile.load(profileFile),
     *         Credentials.fromMspDirectory(mspDir))) {
     *     Holding cash = bankA.holdings().holding("CASH-A-VND", "INV-0001");
     * }
     * }</pre>
     *
     * @param profile     where the org's Gateway (and any fallbacks) is, its MSP ID, channel and chaincode
     * @param credentials the identity to act as: its certificate and the signer of its private key
     * @return an open connection, to be closed by the caller
     * @throws GreenLedgerException if a Gateway's TLS root certificate cannot be read
     */
    static GreenLedger connect(ConnectionProfile profile, Credentials credentials) {
        return connect(profile, credentials, DEFAULT_DEADLINE);
    }

    /**
     * Connects to the profile's Gateway over TLS with a deadline of its own per step; to bound a
     * whole call (its steps and retries together), use {@link #withDeadline} instead or as well.
     *
     * @param profile     where the org's Gateway (and any fallbacks) is, its MSP ID, channel and chaincode
     * @param credentials the identity to act as: its certificate and the signer of its private key
     * @param deadline    how long each endorse, submit, commit-wait or evaluate step may take
     * @return an open connection, to be closed by the caller
     * @throws GreenLedgerException if a Gateway's TLS root certificate cannot be read
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
     * @throws GreenLedgerException if a Gateway's TLS root certificate cannot be read
     */
    static GreenLedger connect(ConnectionProfile profile, Credentials credentials, Duration deadline, CallListener listener) {
        return GatewayConnection.open(profile, credentials, deadline, listener);
    }

    /**
     * Connects as the identity of {@code certificate} without its private key: reads and writes go
     * through {@link #offline()}, each message signed by whoever holds the key.
     *
     * <pre>{@code
     * try (GreenLedger bankA = GreenLedger.connectWithoutKey(profile, operatorCertificate)) {
     *     UnsignedProposal proposal = bankA.offline().prepare(Transaction.TRANSFER, request);
     *     // the key holder signs proposal.digest(); see OfflineSigning for the next steps
     * }
     * }</pre>
     *
     * @param profile     where the org's Gateway (and any fallbacks) is, its MSP ID, channel and chaincode
     * @param certificate the X.509 enrollment certificate of the identity the messages are signed by
     * @return an open connection, to be closed by the caller; its facades cannot sign
     * @throws GreenLedgerException if a Gateway's TLS root certificate cannot be read
     */
    static GreenLedger connectWithoutKey(ConnectionProfile profile, java.security.cert.X509Certificate certificate) {
        return GatewayConnection.openWithoutKey(profile, certificate, DEFAULT_DEADLINE);
    }

    /**
     * Waits until the peers behind {@code connections} have committed the same number of blocks,
     * for a process that writes through one org's connection and continues through another's.
     * Polls every 50 ms.
     *
     * @param timeout     how long to wait in all
     * @param connections the connections whose peers must agree; one or none returns at once
     * @throws GreenLedgerException if they have not converged within {@code timeout}, if the
     *                              thread is interrupted (its interrupt flag is kept), or if a
     *                              peer's height cannot be read
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
     * @param perCall how long each facade call may take, from its start to its result
     * @return a view of this connection whose facade calls are bounded by {@code perCall}
     * @throws IllegalArgumentException if {@code perCall} is not positive
     */
    GreenLedger withDeadline(Duration perCall);

    /**
     * Member orgs and their roles.
     *
     * @return this connection's {@link Governance} facade, the same instance on every call
     */
    Governance governance();

    /**
     * Investor accounts and their KYC attestations.
     *
     * @return this connection's {@link Accounts} facade, the same instance on every call
     */
    Accounts accounts();

    /**
     * Green bonds and their lifecycle.
     *
     * @return this connection's {@link Bonds} facade, the same instance on every call
     */
    Bonds bonds();

    /**
     * The regulator's powers: freezes, sanctions, pauses, sandbox caps, reporting thresholds.
     *
     * @return this connection's {@link Compliance} facade, the same instance on every call
     */
    Compliance compliance();

    /**
     * Tokenized bank deposits.
     *
     * @return this connection's {@link Cash} facade, the same instance on every call
     */
    Cash cash();

    /**
     * Holdings of any asset and transfers between accounts.
     *
     * @return this connection's {@link Holdings} facade, the same instance on every call
     */
    Holdings holdings();

    /**
     * Secondary trades settled delivery versus payment or free of payment.
     *
     * @return this connection's {@link Trades} facade, the same instance on every call
     */
    Trades trades();

    /**
     * Green projects and the allocation of bond proceeds to them.
     *
     * @return this connection's {@link Proceeds} facade, the same instance on every call
     */
    Proceeds proceeds();

    /**
     * Impact reported, attested, and a bond's share of it.
     *
     * @return this connection's {@link Impact} facade, the same instance on every call
     */
    Impact impact();

    /**
     * Documents about bonds and projects, by hash and URI.
     *
     * @return this connection's {@link Documents} facade, the same instance on every call
     */
    Documents documents();

    /**
     * The regulator's history of movements and records.
     *
     * @return this connection's {@link History} facade, the same instance on every call
     */
    History history();

    /**
     * Carbon projects, their validation, registration and monitoring reports.
     *
     * @return this connection's {@link CarbonProjects} facade, the same instance on every call
     */
    CarbonProjects carbonProjects();

    /**
     * Carbon credits: issuance, imports, transfers, retirements with certificates, reports.
     *
     * @return this connection's {@link Credits} facade, the same instance on every call
     */
    Credits credits();

    /**
     * The ledger's events, resumable from a checkpoint file.
     *
     * @return this connection's {@link Events} facade, with the connection's deadline per step
     *         even on a {@link #withDeadline} view
     */
    Events events();

    /**
     * Any transaction, prepared here and signed elsewhere; also the asynchronous submit.
     *
     * @return this connection's {@link OfflineSigning} facade, with the connection's deadline per
     *         step even on a {@link #withDeadline} view
     */
    OfflineSigning offline();

    /**
     * The number of blocks of the channel committed on this connection's peer. A write returns
     * once the writer's own peer committed it; another org's peer may be a moment behind, so a
     * process that continues on another org's connection can wait until that connection's
     * height has caught up.
     *
     * @return the channel's height on this connection's peer: its last block's number plus one
     * @throws GreenLedgerException if the peer cannot be asked or answers with something else
     */
    long blockHeight();

    /**
     * The MSP ID of the org this connection acts for.
     *
     * @return the profile's MSP ID, for example {@code BankAMSP}
     */
    String mspId();

    /**
     * Closes the gRPC channels to every Gateway of the profile, waiting up to 5 s for each to
     * terminate; calls still in flight fail. Closing a
     * {@link #withDeadline} view does nothing: the connection owns the channels.
     */
    @Override
    void close();
}
