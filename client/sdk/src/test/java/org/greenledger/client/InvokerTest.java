package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Context;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Refusal;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.DocumentKind;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the SDK does with each outcome a Gateway can report, against a Gateway in this process
 * speaking the real protocol: retries, failover, deadlines and the mapping of errors.
 */
class InvokerTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    /**
     * A hanging call given up on a 300 ms deadline ends well within this, even on a loaded machine's
     * first call (class loading, signing); without the deadline it would never end, or after 60 s.
     */
    private static final long GAVE_UP_IN_TIME = 20_000;
    private static final RegisterDocumentRequest DOCUMENT = new RegisterDocumentRequest("XS0000000001",
            DocumentKind.PROSPECTUS, "a".repeat(64), "https://bank-a.example/prospectus.pdf");
    private static final Document REGISTERED = new Document(DOCUMENT, "BankAMSP", Instant.parse("2026-11-22T10:00:00Z"));
    private static final MemberOrg ORG = new MemberOrg("BankCMSP", "Bank C", List.of(OrgRole.CUSTODIAN),
            Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T10:00:00Z"));

    private FakeGateway gateway;
    private FakeGateway second;

    @BeforeEach
    void start() throws Exception {
        gateway = new FakeGateway();
        second = new FakeGateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
        second.close();
    }

    @Test
    void a_write_with_a_request_id_that_lost_a_read_conflict_is_sent_again_and_returns_its_result() {
        gateway.result = () -> Json.encodeBytes(REGISTERED);
        gateway.commitCodes.add(TxValidationCode.MVCC_READ_CONFLICT);
        gateway.commitCodes.add(TxValidationCode.PHANTOM_READ_CONFLICT);
        long retries = Invoker.retries();
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel())) {
            assertEquals(REGISTERED, ledger.documents().register(DOCUMENT));
        }
        assertEquals(3, gateway.endorsements.get());
        assertEquals(3, gateway.submits.get());
        assertEquals(2, Invoker.retries() - retries);
    }

    @Test
    void a_write_without_a_request_id_is_not_sent_again_after_a_conflict() {
        gateway.result = () -> Json.encodeBytes(ORG);
        gateway.commitCodes.add(TxValidationCode.MVCC_READ_CONFLICT);
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel())) {
            NotCommittedException e = assertThrows(NotCommittedException.class, () -> ledger.governance()
                    .registerOrg(new RegisterOrgRequest("BankCMSP", "Bank C", List.of(OrgRole.CUSTODIAN))));
            assertEquals("MVCC_READ_CONFLICT", e.validationCode());
        }
        assertEquals(1, gateway.endorsements.get(), "a second attempt could apply it twice");
    }

    @Test
    void conflicts_are_retried_a_bounded_number_of_times() {
        gateway.result = () -> Json.encodeBytes(REGISTERED);
        for (int i = 0; i < Invoker.MAX_ATTEMPTS + 2; i++) {
            gateway.commitCodes.add(TxValidationCode.MVCC_READ_CONFLICT);
        }
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel())) {
            assertThrows(NotCommittedException.class, () -> ledger.documents().register(DOCUMENT));
        }
        assertEquals(Invoker.MAX_ATTEMPTS, gateway.endorsements.get());
    }

    @Test
    void endorsers_that_disagreed_are_asked_again_for_a_write_with_a_request_id() {
        gateway.result = () -> Json.encodeBytes(REGISTERED);
        gateway.endorseFailures.add(FakeGateway.failure(Status.Code.ABORTED,
                "failed to assemble transaction: ProposalResponsePayloads do not match"));
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel())) {
            assertEquals(REGISTERED, ledger.documents().register(DOCUMENT));
        }
        assertEquals(2, gateway.endorsements.get());
        assertEquals(1, gateway.submits.get(), "only the agreed endorsement was submitted");
    }

    @Test
    void a_chaincode_refusal_is_a_rejected_exception_with_its_code_and_is_not_retried() {
        gateway.endorseFailures.add(FakeGateway.chaincodeError(Status.Code.ABORTED,
                new Refusal(ErrorCode.KYC_EXPIRED, "account A2 KYC expired on 2027-01-22").toJson()));
        gateway.evaluateFailures.add(FakeGateway.failure(Status.Code.UNKNOWN,
                "evaluate call to endorser returned error: chaincode response 500, "
                        + new Refusal(ErrorCode.NOT_FOUND, "org BankZMSP").toJson()));
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel())) {
            RejectedException kyc = assertThrows(RejectedException.class, () -> ledger.documents().register(DOCUMENT));
            assertEquals(ErrorCode.KYC_EXPIRED, kyc.code());
            assertEquals("account A2 KYC expired on 2027-01-22", kyc.reason());
            assertTrue(kyc.transactionId().isPresent());
            assertEquals("BankAMSP", kyc.endorserAnswers().get(0).mspId());
            assertTrue(kyc.getMessage().startsWith("documents:RegisterDocument refused (KYC_EXPIRED)"), kyc.getMessage());
            RejectedException missing = assertThrows(RejectedException.class, () -> ledger.governance().org("BankZMSP"));
            assertEquals(ErrorCode.NOT_FOUND, missing.code());
            assertEquals("org BankZMSP", missing.reason());
        }
        assertEquals(1, gateway.endorsements.get());
        assertEquals(0, gateway.submits.get());
        assertEquals(1, gateway.evaluations.get());
    }

    @Test
    void a_failure_without_a_code_is_not_a_refusal() {
        gateway.evaluateFailures.add(FakeGateway.failure(Status.Code.INTERNAL, "peer crashed"));
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel())) {
            GreenLedgerException e = assertThrows(GreenLedgerException.class, () -> ledger.governance().orgs());
            assertFalse(e instanceof RejectedException, e.getMessage());
            assertTrue(e.getMessage().contains("INTERNAL"), e.getMessage());
        }
    }

    @Test
    void reads_and_endorsements_move_to_the_next_gateway_when_one_is_down() {
        second.result = () -> Json.encodeBytes(ORG);
        long failovers = Invoker.failovers();
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, FakeGatewayConnections.nowhere(),
                second.channel())) {
            assertEquals(ORG, ledger.governance().org("BankCMSP"));
            assertEquals(1, Invoker.failovers() - failovers);
            assertEquals(ORG, ledger.governance().registerOrg(new RegisterOrgRequest("BankCMSP", "Bank C",
                    List.of(OrgRole.CUSTODIAN))));
        }
        assertEquals(1, second.evaluations.get());
        assertEquals(1, second.endorsements.get());
        assertEquals(1, Invoker.failovers() - failovers, "later calls go straight to the Gateway that answered");
    }

    @Test
    void an_endorsement_refused_as_unavailable_moves_on_but_a_failed_submit_does_not() {
        gateway.result = () -> Json.encodeBytes(ORG);
        second.result = () -> Json.encodeBytes(ORG);
        gateway.endorseFailures.add(FakeGateway.failure(Status.Code.UNAVAILABLE, "connection refused"));
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel(), second.channel())) {
            ledger.governance().registerOrg(new RegisterOrgRequest("BankCMSP", "Bank C", List.of(OrgRole.CUSTODIAN)));
            assertEquals(1, second.submits.get());
            // now on the second Gateway: its submit fails, and may have reached the orderers
            second.submitFailures.add(FakeGateway.failure(Status.Code.UNAVAILABLE, "orderer connection lost"));
            GreenLedgerException e = assertThrows(GreenLedgerException.class, () -> ledger.governance()
                    .registerOrg(new RegisterOrgRequest("BankCMSP", "Bank C", List.of(OrgRole.CUSTODIAN))));
            assertFalse(e instanceof RejectedException);
        }
        assertEquals(1, gateway.endorsements.get(), "not sent to another Gateway after a submit");
        assertEquals(2, second.submits.get());
    }

    @Test
    void every_call_has_a_deadline_and_an_endorsement_stopped_by_it_will_not_commit() {
        gateway.endorseHangs = true;
        try (GreenLedger ledger = FakeGatewayConnections.connect(Duration.ofMillis(300), gateway.channel())) {
            long start = System.nanoTime();
            UnfinishedCallException e = assertThrows(UnfinishedCallException.class, () -> ledger.governance()
                    .registerOrg(new RegisterOrgRequest("BankCMSP", "Bank C", List.of(OrgRole.CUSTODIAN))));
            assertTrue(millisSince(start) < GAVE_UP_IN_TIME, "gave up after " + millisSince(start) + " ms");
            assertFalse(e.cancelled());
            assertFalse(e.mayStillCommit(), "never sent to the orderers");
            assertTrue(e.getMessage().contains("will not commit"), e.getMessage());
        }
    }

    @Test
    void a_call_can_have_its_own_deadline_shorter_than_the_connections() {
        gateway.endorseHangs = true;
        try (GreenLedger ledger = FakeGatewayConnections.connect(Duration.ofSeconds(60), gateway.channel())) {
            GreenLedger quick = ledger.withDeadline(Duration.ofMillis(300));
            long start = System.nanoTime();
            assertThrows(UnfinishedCallException.class, () -> quick.documents().register(DOCUMENT));
            assertTrue(millisSince(start) < GAVE_UP_IN_TIME, "gave up after " + millisSince(start) + " ms");
            quick.close(); // a view: the connection stays open
            gateway.endorseHangs = false;
            gateway.result = () -> Json.encodeBytes(REGISTERED);
            assertEquals(REGISTERED, ledger.documents().register(DOCUMENT));
        }
        assertThrows(IllegalArgumentException.class, () -> FakeGatewayConnections.connect(DEADLINE, gateway.channel())
                .withDeadline(Duration.ZERO));
    }

    @Test
    void a_write_whose_commit_was_not_seen_in_time_may_still_commit() {
        gateway.result = () -> Json.encodeBytes(REGISTERED);
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel())) {
            ledger.documents().register(DOCUMENT); // warm: the endorsement and submit below take far less than the deadline
            gateway.commitStatusHangs = true;
            UnfinishedCallException e = assertThrows(UnfinishedCallException.class,
                    () -> ledger.withDeadline(Duration.ofSeconds(1)).documents().register(DOCUMENT));
            assertTrue(e.mayStillCommit(), "the orderers have it");
            assertTrue(e.transactionId().isPresent());
            assertTrue(e.getMessage().contains("may still commit"), e.getMessage());
        }
        assertEquals(2, gateway.submits.get());
    }

    @Test
    void a_call_is_cancelled_by_interrupting_its_thread() throws Exception {
        gateway.endorseHangs = true;
        try (GreenLedger ledger = FakeGatewayConnections.connect(Duration.ofSeconds(30), gateway.channel())) {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            Thread caller = new Thread(() -> failure.complete(catching(() -> ledger.documents().register(DOCUMENT))));
            caller.start();
            awaitEndorsement();
            caller.interrupt();
            UnfinishedCallException e = assertInstanceOf(UnfinishedCallException.class, failure.get(5, TimeUnit.SECONDS));
            assertTrue(e.cancelled());
            assertFalse(e.mayStillCommit());
        }
    }

    @Test
    void a_call_is_cancelled_with_the_grpc_context_it_runs_in() throws Exception {
        gateway.endorseHangs = true;
        try (GreenLedger ledger = FakeGatewayConnections.connect(Duration.ofSeconds(30), gateway.channel())) {
            Context.CancellableContext context = Context.current().withCancellation();
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            new Thread(() -> context.run(() -> failure.complete(catching(() -> ledger.documents().register(DOCUMENT)))))
                    .start();
            awaitEndorsement();
            context.cancel(null);
            UnfinishedCallException e = assertInstanceOf(UnfinishedCallException.class, failure.get(5, TimeUnit.SECONDS));
            assertTrue(e.cancelled());
        }
    }

    @Test
    void a_request_a_facade_builds_that_breaks_a_rule_is_refused_locally() {
        Documents broken = new Documents() {
            @Override
            public Document register(RegisterDocumentRequest request) {
                throw GreenLedgerError.invalid("uri", "must be https");
            }

            @Override
            public List<Document> of(String subjectId) {
                throw new IllegalStateException("not a rule of the API");
            }
        };
        Documents guarded = LocalRefusals.guard(Documents.class, broken);
        RejectedException e = assertThrows(RejectedException.class, () -> guarded.register(DOCUMENT));
        assertTrue(e.refusedLocally());
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        assertEquals("uri must be https", e.reason());
        assertTrue(e.getMessage().startsWith("Documents.register refused by the SDK before sending"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> guarded.of("X"), "other failures pass as they are");
    }

    private void awaitEndorsement() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gateway.endorsements.get() == 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        Thread.sleep(50);
    }

    private static Throwable catching(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
