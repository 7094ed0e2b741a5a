package org.greenledger.chaincode.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.greenledger.chaincode.api.ErrorCode.Category;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void the_rules_every_movement_passes_are_the_compliance_category() {
        Set<ErrorCode> compliance = EnumSet.noneOf(ErrorCode.class);
        for (ErrorCode code : ErrorCode.values()) {
            if (code.category() == Category.COMPLIANCE) {
                compliance.add(code);
            }
        }
        assertEquals(EnumSet.of(ErrorCode.KYC_EXPIRED, ErrorCode.ACCOUNT_FROZEN, ErrorCode.ACCOUNT_CLOSED,
                ErrorCode.SANCTIONED, ErrorCode.INVESTOR_NOT_ELIGIBLE, ErrorCode.HOLDING_LIMIT_EXCEEDED,
                ErrorCode.ASSET_PAUSED, ErrorCode.NOT_IN_CIRCULATION, ErrorCode.LOCKED_UP,
                ErrorCode.SANDBOX_CAP_EXCEEDED, ErrorCode.INSUFFICIENT_UNITS), compliance);
    }

    @Test
    void codes_a_caller_handles_alike_share_a_category() {
        assertEquals(Category.INPUT, ErrorCode.INVALID_ARGUMENT.category());
        assertEquals(Category.AUTHORIZATION, ErrorCode.NOT_AUTHORIZED.category());
        assertEquals(Category.STATE, ErrorCode.INVALID_TRANSITION.category());
        assertEquals(Category.DUPLICATE, ErrorCode.REQUEST_ID_REUSED.category());
        assertEquals(Category.INTEGRITY, ErrorCode.DOUBLE_COUNTING.category());
        assertEquals(Category.SYSTEM, ErrorCode.CLOCK_SKEW.category());
    }
}
