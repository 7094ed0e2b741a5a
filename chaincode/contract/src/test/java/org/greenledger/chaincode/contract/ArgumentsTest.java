package org.greenledger.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Refusal;
import org.greenledger.chaincode.contract.history.HistoryContract;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.Test;

/** Arguments are checked before the shim converts them, and no failure leaves without a code. */
class ArgumentsTest {
    private static ContractError refused(Class<?> contract, String function, String... arguments) {
        ContractError e = assertThrows(ContractError.class, () -> Arguments.check(contract, function,
                List.of(arguments), "tx1"));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code(), e.getMessage());
        return e;
    }

    @Test
    void a_wrong_number_of_arguments_is_refused_naming_the_transaction() {
        assertEquals("Transfer takes 1 argument, not 0", refused(HoldingContract.class, "holdings:Transfer").reason());
        assertEquals("Transfer takes 1 argument, not 2",
                refused(HoldingContract.class, "holdings:Transfer", "{}", "{}").reason());
        assertEquals("GetHolding takes 2 arguments, not 1",
                refused(HoldingContract.class, "holdings:GetHolding", "A").reason());
        Arguments.check(HoldingContract.class, "holdings:GetHolding", List.of("CASH", "A1"), "tx1");
    }

    @Test
    void control_characters_overlong_arguments_and_numbers_that_are_not_numbers_are_refused() {
        assertTrue(refused(HoldingContract.class, "holdings:GetHolding", "CASH\u001b[2J", "A1").getMessage()
                .contains("argument 1 of GetHolding must not contain control characters"));
        Arguments.check(HoldingContract.class, "holdings:Transfer", List.of("{\n\t\"a\": 1\r\n}"), "tx1");
        assertTrue(refused(HoldingContract.class, "holdings:Transfer", "x".repeat(Arguments.MAX_ARGUMENT + 1))
                .getMessage().contains("must be at most 524288 characters"));
        for (String pageSize : new String[] {"abc", "1.5", "-1", "2147483648", ""}) {
            assertTrue(refused(HistoryContract.class, "history:AccountMovements", "A1", pageSize, "").getMessage()
                    .contains("argument 2 of AccountMovements must be a whole number"), pageSize);
        }
        Arguments.check(HistoryContract.class, "history:AccountMovements", List.of("A1", "50", ""), "tx1");
    }

    @Test
    void a_failure_without_a_code_is_answered_with_INTERNAL_ERROR_and_no_exception_text() {
        Chaincode.Response shim = new Chaincode.Response(500, "Unexpected error", null);
        Chaincode.Response answered = GreenLedgerRouter.coded(shim, "tx9");
        assertEquals(500, answered.getStatusCode());
        Refusal refusal = Refusal.fromJson(answered.getMessage()).orElseThrow();
        assertEquals(ErrorCode.INTERNAL_ERROR, refusal.code());
        assertTrue(refusal.reason().startsWith("the chaincode could not complete transaction tx9"), refusal.reason());
        assertEquals(answered.getMessage(), new String(answered.getPayload(), StandardCharsets.UTF_8));
        Chaincode.Response coded = new Chaincode.Response(500, new ContractError(ErrorCode.NOT_FOUND,
                "account 'X' does not exist").getMessage(), null);
        assertEquals(coded, GreenLedgerRouter.coded(coded, "tx9"));
        Chaincode.Response older = new Chaincode.Response(500, "NOT_FOUND: account 'X' does not exist", null);
        assertEquals(ErrorCode.INTERNAL_ERROR, Refusal.fromJson(GreenLedgerRouter.coded(older, "tx9").getMessage())
                .orElseThrow().code(), "text that only looks coded is not passed on");
        Chaincode.Response ok = new Chaincode.Response(200, "", new byte[0]);
        assertEquals(ok, GreenLedgerRouter.coded(ok, "tx9"));
    }

    @Test
    void a_refusal_answers_with_its_code_and_reason_as_json_in_the_message_and_the_payload() {
        ContractError e = new ContractError(ErrorCode.KYC_EXPIRED, "account \"A2\" KYC expired on 2027-01-22");
        String wire = "{\"code\":\"KYC_EXPIRED\",\"reason\":\"account \\\"A2\\\" KYC expired on 2027-01-22\"}";
        assertEquals(wire, e.getMessage());
        assertEquals(wire, new String(e.getPayload(), StandardCharsets.UTF_8));
        assertEquals("account \"A2\" KYC expired on 2027-01-22", e.reason());
    }

    @Test
    void sums_beyond_a_long_are_refused_with_a_code() {
        ContractError e = assertThrows(ContractError.class, () -> Sums.add("the holding", Long.MAX_VALUE, 1));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        assertTrue(e.getMessage().contains("the holding would exceed 9223372036854775807"), e.getMessage());
        assertThrows(ContractError.class, () -> Sums.times("a principal", Long.MAX_VALUE / 2, 3));
        assertEquals(5, Sums.add("x", 2, 3));
    }
}
