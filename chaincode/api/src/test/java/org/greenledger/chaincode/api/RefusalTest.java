package org.greenledger.chaincode.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The refusal's wire format: what every client reads, so it is pinned here. */
class RefusalTest {
    @Test
    void travels_as_a_json_object_with_the_code_then_the_reason() {
        Refusal refusal = new Refusal(ErrorCode.NOT_FOUND, "account 'A' does not exist");
        assertEquals("{\"code\":\"NOT_FOUND\",\"reason\":\"account 'A' does not exist\"}", refusal.toJson());
        assertEquals(Optional.of(refusal), Refusal.fromJson(refusal.toJson()));
    }

    @Test
    void reads_fields_a_later_version_adds() {
        assertEquals(Optional.of(new Refusal(ErrorCode.KYC_EXPIRED, "expired")),
                Refusal.fromJson("{\"code\":\"KYC_EXPIRED\",\"reason\":\"expired\",\"field\":\"kyc\"}"));
    }

    @Test
    void anything_else_is_not_a_refusal() {
        for (String message : new String[] {null, "", "KYC_EXPIRED: expired", "Unexpected error", "{}",
                "{\"code\":\"KYC_EXPIRED\"}", "{\"code\":\"NO_SUCH_CODE\",\"reason\":\"x\"}",
                "{\"code\":\"KYC_EXPIRED\",\"reason\":\"x\"} and more", "{\"code\":KYC_EXPIRED,\"reason\":\"x\"}",
                "[\"KYC_EXPIRED\"]", "null", "{\"code\":\"KYC_EXPIRED\",\"reason\":7}"}) {
            assertEquals(Optional.empty(), Refusal.fromJson(message), message);
        }
    }

    @Test
    void every_reason_written_can_be_read_back() {
        Refusal noisy = new Refusal(ErrorCode.INVALID_ARGUMENT, "id \u001b[2J" + "x".repeat(5_000));
        assertTrue(noisy.reason().startsWith("id \uFFFD[2J"), noisy.reason());
        assertEquals(Refusal.MAX_REASON + 1, noisy.reason().length());
        assertEquals(Optional.of(noisy), Refusal.fromJson(noisy.toJson()));
    }
}
