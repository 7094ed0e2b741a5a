package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Refusal;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.DocumentKind;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK's calls as Micrometer meters, against a Gateway in this process. */
class MicrometerMetricsTest {
    private static final RegisterDocumentRequest DOCUMENT = new RegisterDocumentRequest("XS0000000001",
            DocumentKind.PROSPECTUS, "a".repeat(64), "https://bank-a.example/prospectus.pdf");
    private static final Document REGISTERED = new Document(DOCUMENT, "BankAMSP", Instant.parse("2026-11-22T10:00:00Z"));

    private final FakeGateway gateway = new FakeGateway();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    MicrometerMetricsTest() throws Exception {
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void each_call_is_timed_by_transaction_and_outcome_and_each_retry_counted() {
        gateway.result = () -> Json.encodeBytes(REGISTERED);
        gateway.commitCodes.add(TxValidationCode.MVCC_READ_CONFLICT);
        try (GreenLedger ledger = FakeGatewayConnections.connect(Duration.ofSeconds(5),
                MicrometerMetrics.listener(registry), gateway.channel())) {
            ledger.documents().register(DOCUMENT);
            gateway.endorseFailures.add(FakeGateway.chaincodeError(Status.Code.ABORTED,
                    new Refusal(ErrorCode.KYC_EXPIRED, "account A2 KYC expired").toJson()));
            assertThrows(RejectedException.class, () -> ledger.documents().register(DOCUMENT));
        }
        assertEquals(1, registry.get(MicrometerMetrics.CALLS)
                .tags("transaction", "documents:RegisterDocument", "outcome", "ok").timer().count());
        assertEquals(1, registry.get(MicrometerMetrics.CALLS)
                .tags("transaction", "documents:RegisterDocument", "outcome", "refused").timer().count());
        assertEquals(1.0, registry.get(MicrometerMetrics.RETRIES)
                .tags("transaction", "documents:RegisterDocument", "kind", "retry").counter().count());
    }
}
