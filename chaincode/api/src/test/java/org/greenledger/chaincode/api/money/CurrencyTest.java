package org.greenledger.chaincode.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Json;
import org.junit.jupiter.api.Test;

class CurrencyTest {
    @Test
    void knows_iso_4217_minor_units() {
        assertEquals(0, Currency.of("VND").minorUnits());
        assertEquals(2, Currency.of("USD").minorUnits());
        assertEquals(3, Currency.of("BHD").minorUnits());
    }

    @Test
    void refuses_unknown_codes_and_wrong_minor_units() {
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(GreenLedgerError.class, () -> Currency.of("XYZ")).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(GreenLedgerError.class, () -> Currency.of("usd")).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT,
                assertThrows(GreenLedgerError.class, () -> Json.decode("{\"code\":\"USD\",\"minorUnits\":0}", Currency.class)).code());
    }
}
