package org.greenledger.chaincode.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void finds_the_code_behind_the_prefixes_peers_and_gateways_add() {
        assertEquals(Optional.of(ErrorCode.KYC_EXPIRED), ErrorCode.find(
                "10 ABORTED: failed to endorse transaction | BankAMSP: chaincode response 500, KYC_EXPIRED: the KYC attestation expired"));
        assertEquals(Optional.of(ErrorCode.NOT_AUTHORIZED), ErrorCode.find("status:500 message:\"NOT_AUTHORIZED: x\""));
    }

    @Test
    void ignores_words_that_are_not_codes() {
        assertEquals(Optional.empty(), ErrorCode.find("10 ABORTED: failed to endorse transaction"));
        assertEquals(Optional.empty(), ErrorCode.find(null));
    }

    @Test
    void formats_code_then_message() {
        assertEquals("NOT_FOUND: account 'A' does not exist", ErrorCode.NOT_FOUND.format("account 'A' does not exist"));
    }
}
