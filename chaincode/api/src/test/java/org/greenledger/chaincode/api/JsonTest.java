package org.greenledger.chaincode.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void writes_fields_in_declaration_order_with_iso_dates() {
        var request = new OpenAccountRequest("ACC-1", "BankAMSP", InvestorType.RETAIL, "VN",
                new KycAttestation(HASH, KycLevel.SIMPLIFIED, LocalDate.of(2027, 1, 31)));
        assertEquals("{\"accountId\":\"ACC-1\",\"custodianMspId\":\"BankAMSP\",\"investorType\":\"RETAIL\","
                + "\"jurisdiction\":\"VN\",\"kyc\":{\"recordHash\":\"" + HASH + "\",\"level\":\"SIMPLIFIED\","
                + "\"expiresOn\":\"2027-01-31\"}}", Json.encode(request));
        assertEquals(request, Json.decode(Json.encode(request), OpenAccountRequest.class));
    }

    @Test
    void the_same_roles_in_any_order_encode_to_the_same_bytes() {
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        var a = new MemberOrg("BankAMSP", "A", List.of(OrgRole.CUSTODIAN, OrgRole.ISSUER, OrgRole.CUSTODIAN), t, t);
        var b = new MemberOrg("BankAMSP", "A", List.of(OrgRole.ISSUER, OrgRole.CUSTODIAN), t, t);
        assertEquals(Json.encode(b), Json.encode(a));
    }

    @Test
    void malformed_json_is_a_malformed_request() {
        for (String text : new String[] {null, "", "  ", "{", "null", "[1]", "{\"accountId\": }", "{} trailing"}) {
            GreenLedgerError e = assertThrows(GreenLedgerError.class, () -> Json.decode(text, OpenAccountRequest.class),
                    String.valueOf(text));
            assertEquals(ErrorCode.MALFORMED_REQUEST, e.code(), e.getMessage());
        }
    }

    @Test
    void invalid_values_are_invalid_arguments_naming_the_field() {
        GreenLedgerError unknownEnum = assertThrows(GreenLedgerError.class, () -> Json.decode(
                "{\"mspId\":\"X\",\"name\":\"X\",\"roles\":[\"KING\"]}", org.greenledger.chaincode.api.governance.RegisterOrgRequest.class));
        assertEquals(ErrorCode.INVALID_ARGUMENT, unknownEnum.code());
        GreenLedgerError missing = assertThrows(GreenLedgerError.class,
                () -> Json.decode("{\"accountId\":\"A\"}", OpenAccountRequest.class));
        assertEquals(ErrorCode.INVALID_ARGUMENT, missing.code());
        assertEquals("INVALID_ARGUMENT: custodianMspId is required", missing.getMessage());
    }
}
