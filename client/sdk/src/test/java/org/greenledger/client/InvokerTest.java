package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
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
    void a_chaincode_refusal_becomes_its_codes_exception_and_is_not_retried() {
        gateway.endorseFailures.add(FakeGateway.chaincodeError(Status.Code.ABORTED,
                "chaincode response 500, KYC_EXPIRED: account A2 KYC expired on 2027-01-22"));
        gateway.evaluateFailures.add(FakeGateway.failure(Status.Code.UNKNOWN,
                "evaluate call to endorser returned error: chaincode response 500, NOT_FOUND: org BankZMSP"));
        try (GreenLedger ledger = FakeGatewayConnections.connect(DEADLINE, gateway.channel())) {
            RejectedException.KycExpired kyc = assertThrows(RejectedException.KycExpired.class,
                    () -> ledger.documents().register(DOCUMENT));
            assertEquals("account A2 KYC expired on 2027-01-22", kyc.reason());
            assertTrue(kyc.getMessage().startsWith("documents:RegisterDocument failed"), kyc.getMessage());
            RejectedException.NotFound missing = assertThrows(RejectedException.NotFound.class,
                    () -> ledger.governance().org("BankZMSP"));
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
    void every_call_has_a_deadline() {
        gateway.endorseHangs = true;
        long start = System.nanoTime();
        try (GreenLedger ledger = FakeGatewayConnections.connect(Duration.ofMillis(300), gateway.channel())) {
            GreenLedgerException e = assertThrows(GreenLedgerException.class, () -> ledger.governance()
                    .registerOrg(new RegisterOrgRequest("BankCMSP", "Bank C", List.of(OrgRole.CUSTODIAN))));
            assertTrue(e.getMessage().contains("DEADLINE_EXCEEDED"), e.getMessage());
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(millis < 5_000, "gave up after " + millis + " ms");
    }
}
