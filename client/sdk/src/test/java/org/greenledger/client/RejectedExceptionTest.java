package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Refusal;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.junit.jupiter.api.Test;

/**
 * How a failure the Gateway reports is read: a refusal in the chaincode's JSON becomes one
 * {@link RejectedException} with its code, category, reason, transaction id and each endorser's
 * answer; anything else (an older chaincode's text, garbage) a plain {@link GreenLedgerException}.
 */
class RejectedExceptionTest {
    private static String wire(ErrorCode code, String reason) {
        return new Refusal(code, reason).toJson();
    }

    private static GreenLedgerException endorsementFailure(String... chaincodeMessages) {
        return Invoker.translate(Transaction.TRANSFER, new EndorseException("tx-1",
                FakeGateway.chaincodeError(Status.Code.ABORTED, chaincodeMessages)));
    }

    @Test
    void a_refusal_carries_the_code_its_category_the_reason_the_transaction_and_each_endorsers_answer() {
        RejectedException e = assertInstanceOf(RejectedException.class, endorsementFailure(
                wire(ErrorCode.KYC_EXPIRED, "account A2 KYC expired on 2027-01-22"),
                wire(ErrorCode.ACCOUNT_FROZEN, "account A2 is frozen")));
        assertEquals(ErrorCode.KYC_EXPIRED, e.code());
        assertEquals(ErrorCode.Category.COMPLIANCE, e.category());
        assertEquals("account A2 KYC expired on 2027-01-22", e.reason());
        assertEquals(Optional.of("tx-1"), e.transactionId());
        assertFalse(e.refusedLocally());
        assertEquals(List.of("BankAMSP", "BankBMSP"), e.endorserAnswers().stream().map(EndorserAnswer::mspId).toList());
        assertEquals("peer0.bankb:7051", e.endorserAnswers().get(1).address());
        assertEquals(Optional.of(ErrorCode.ACCOUNT_FROZEN), e.endorserAnswers().get(1).code());
        assertEquals("holdings:Transfer refused (KYC_EXPIRED): account A2 KYC expired on 2027-01-22 [transaction tx-1]",
                e.getMessage());
    }

    @Test
    void every_code_travels() {
        for (ErrorCode code : ErrorCode.values()) {
            RejectedException e = assertInstanceOf(RejectedException.class, endorsementFailure(wire(code, "why")));
            assertEquals(code, e.code());
            assertEquals(code.category(), e.category());
        }
    }

    @Test
    void an_evaluation_refused_without_details_is_read_from_the_status_message_and_has_no_transaction() {
        GatewayException evaluation = new GatewayException(Status.UNKNOWN
                .withDescription("evaluate call to endorser returned error: chaincode response 500, "
                        + wire(ErrorCode.NOT_FOUND, "org 'BankZMSP' does not exist"))
                .asRuntimeException());
        RejectedException e = assertInstanceOf(RejectedException.class,
                Invoker.translate(Transaction.GET_ORG, evaluation));
        assertEquals(ErrorCode.NOT_FOUND, e.code());
        assertEquals("org 'BankZMSP' does not exist", e.reason());
        assertEquals(Optional.empty(), e.transactionId());
        assertEquals(List.of(), e.endorserAnswers());
    }

    @Test
    void an_older_chaincodes_plain_text_is_a_clear_failure_not_a_refusal() {
        GreenLedgerException e = endorsementFailure("KYC_EXPIRED: account A2 KYC expired on 2027-01-22");
        assertEquals(GreenLedgerException.class, e.getClass(), e.getMessage());
        assertTrue(e.getMessage().contains("a format this SDK does not read"), e.getMessage());
        assertTrue(e.getMessage().contains("KYC_EXPIRED: account A2"), "the peer's words are kept: " + e.getMessage());
    }

    @Test
    void garbage_is_a_failure_never_a_crash() {
        for (String garbage : new String[] {"", "{", "{\"code\":\"KYC_EXPIRED\"}", "{\"code\":\"FROM_THE_FUTURE\",\"reason\":\"x\"}",
                "{\"code\":\"KYC_EXPIRED\",\"reason\":\"x\"}{}", "null", "\u0000\u0001"}) {
            GreenLedgerException e = endorsementFailure(garbage);
            assertEquals(GreenLedgerException.class, e.getClass(), garbage);
        }
        GatewayException bare = new GatewayException(Status.ABORTED.asRuntimeException());
        assertEquals(GreenLedgerException.class, Invoker.translate(Transaction.TRANSFER, bare).getClass());
    }

    @Test
    void a_peer_that_failed_otherwise_is_listed_and_the_one_that_refused_decides() {
        RejectedException e = assertInstanceOf(RejectedException.class,
                endorsementFailure("Unexpected error", wire(ErrorCode.SANCTIONED, "account B1 is sanctioned")));
        assertEquals(ErrorCode.SANCTIONED, e.code());
        assertEquals(Optional.empty(), e.endorserAnswers().get(0).refusal());
        assertEquals("chaincode response 500, Unexpected error", e.endorserAnswers().get(0).message());
    }

    @Test
    void a_rule_broken_before_sending_is_the_same_exception_marked_local() {
        RejectedException e = RejectedException.refusedLocally("Bonds.issue",
                GreenLedgerError.invalid("allotments", "must name exactly the pending subscriptions"));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        assertEquals(ErrorCode.Category.INPUT, e.category());
        assertEquals("allotments must name exactly the pending subscriptions", e.reason());
        assertTrue(e.refusedLocally());
        assertEquals(Optional.empty(), e.transactionId());
        assertEquals(List.of(), e.endorserAnswers());
        assertTrue(e.getMessage().contains("before sending"), e.getMessage());
    }

    @Test
    void a_caller_can_make_one_up_for_its_own_tests() {
        RejectedException e = RejectedException.of(ErrorCode.LOCKED_UP, "locked until 2027-06-01");
        assertEquals(ErrorCode.Category.COMPLIANCE, e.category());
        assertFalse(e.refusedLocally());
        assertEquals(Optional.empty(), e.transactionId());
    }
}
