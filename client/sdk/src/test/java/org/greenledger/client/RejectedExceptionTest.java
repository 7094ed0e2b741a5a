package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.GatewayException;
import org.junit.jupiter.api.Test;

/** Every chaincode error code reaches the application as its own exception type. */
class RejectedExceptionTest {
    private static final Set<ErrorCode> COMPLIANCE = EnumSet.of(ErrorCode.KYC_EXPIRED, ErrorCode.ACCOUNT_FROZEN,
            ErrorCode.ACCOUNT_CLOSED, ErrorCode.SANCTIONED, ErrorCode.INVESTOR_NOT_ELIGIBLE,
            ErrorCode.HOLDING_LIMIT_EXCEEDED, ErrorCode.ASSET_PAUSED, ErrorCode.NOT_IN_CIRCULATION, ErrorCode.LOCKED_UP,
            ErrorCode.SANDBOX_CAP_EXCEEDED, ErrorCode.INSUFFICIENT_UNITS);

    @Test
    void each_code_has_its_own_type_carrying_it() {
        Set<Class<?>> types = new HashSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            RejectedException e = RejectedException.of(code, "m", null);
            assertEquals(code, e.code());
            assertTrue(types.add(e.getClass()), code + " shares a type");
            assertEquals(COMPLIANCE.contains(code), e instanceof RejectedException.Compliance, code.name());
        }
    }

    @Test
    void a_refusal_from_the_gateway_becomes_the_codes_type() {
        GatewayException refusal = new GatewayException(Status.ABORTED
                .withDescription("failed to endorse transaction, see attached details for more info")
                .asRuntimeException());
        assertInstanceOf(GreenLedgerException.class, Invoker.translate(Transaction.TRANSFER, refusal));
        assertEquals(GreenLedgerException.class, Invoker.translate(Transaction.TRANSFER, refusal).getClass(),
                "no code in the message: a network failure, not a refusal");

        GatewayException kyc = new GatewayException(Status.UNKNOWN
                .withDescription("evaluate call to endorser returned error: chaincode response 500, "
                        + "KYC_EXPIRED: account A2 KYC expired on 2027-01-22")
                .asRuntimeException());
        RejectedException.KycExpired e = assertInstanceOf(RejectedException.KycExpired.class,
                Invoker.translate(Transaction.TRANSFER, kyc));
        assertTrue(e.getMessage().startsWith("holdings:Transfer failed: "), e.getMessage());
        assertEquals("account A2 KYC expired on 2027-01-22", e.reason());
    }
}
