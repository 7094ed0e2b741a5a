package org.greenledger.chaincode.api.bond;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsinTest {
    @Test
    void published_isins_are_valid_and_other_ids_are_not() {
        // Two published ISINs, and one completed with its computed check digit.
        assertTrue(Isin.isValid("US0378331005"));
        assertTrue(Isin.isValid("DE0007236101"));
        assertTrue(Isin.isValid(Isin.complete("VN000000TD1")));
        assertFalse(Isin.isValid("US0378331006"), "wrong check digit");
        assertFalse(Isin.isValid("CASH-A-VND-1"), "a deposit token's id");
        assertFalse(Isin.isValid("us0378331005"), "lower case");
        assertFalse(Isin.isValid(null));
        assertFalse(Isin.isValid(""));
    }
}
