package org.greenledger.chaincode.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.holding.TransferRequest;
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

    private static final String TRANSFER = "{\"requestId\":\"R1\",\"assetId\":\"CASH-A\",\"fromAccountId\":\"A1\","
            + "\"toAccountId\":\"B1\",\"units\":%s,\"paymentReference\":%s}";

    private static void refused(String expected, String json, Class<?> type) {
        GreenLedgerError e = assertThrows(GreenLedgerError.class, () -> Json.decode(json, type), json.length() > 200
                ? json.substring(0, 200) : json);
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith("INVALID_ARGUMENT: " + expected), e.getMessage());
    }

    private static String transfer(String units, String reference) {
        return String.format(TRANSFER, units, reference);
    }

    @Test
    void numbers_that_do_not_fit_their_field_are_refused_never_wrapped_truncated_or_coerced() {
        assertEquals(10, Json.decode(transfer("10", "\"x\""), TransferRequest.class).units());
        assertEquals(100, Json.decode(transfer("1e2", "\"x\""), TransferRequest.class).units(), "an exact whole number");
        refused("units must be between", transfer("1e30", "\"x\""), TransferRequest.class);
        refused("units must be between", transfer("9223372036854775808", "\"x\""), TransferRequest.class);
        refused("units must be a whole number, not 1.5", transfer("1.5", "\"x\""), TransferRequest.class);
        refused("units must be a whole number, not a string", transfer("\"10\"", "\"x\""), TransferRequest.class);
        refused("units must be a whole number, not true or false", transfer("true", "\"x\""), TransferRequest.class);
        refused("units is required", transfer("null", "\"x\""), TransferRequest.class);
        refused("paymentReference must be a string, not a number", transfer("10", "42"), TransferRequest.class);
        refused("vintage must be between -2147483648 and 2147483647",
                "{\"holderAccountId\":\"A\",\"projectId\":\"P\",\"vintage\":2147483648,\"firstSerial\":1}",
                org.greenledger.chaincode.api.carbon.BlockRef.class);
    }

    @Test
    void lots_a_transfer_names_are_well_formed_distinct_and_few() {
        String lot = "a".repeat(64) + ".000001";
        String withLots = "{\"requestId\":\"R\",\"assetId\":\"T\",\"fromAccountId\":\"A\",\"toAccountId\":\"B\","
                + "\"units\":1,\"paymentReference\":\"x\",\"fromLots\":%s}";
        assertEquals(List.of(lot), Json.decode(String.format(withLots, "[\"" + lot + "\"]"), TransferRequest.class).fromLots());
        assertEquals(null, Json.decode(transfer("1", "\"x\""), TransferRequest.class).fromLots(), "absent: the ledger chooses");
        refused("fromLots names 1 to 16 lots", String.format(withLots, "[]"), TransferRequest.class);
        refused("fromLots must match", String.format(withLots, "[\"lot-1\"]"), TransferRequest.class);
        refused("fromLots is required", String.format(withLots, "[null]"), TransferRequest.class);
        refused("fromLots names a lot twice", String.format(withLots, "[\"" + lot + "\",\"" + lot + "\"]"),
                TransferRequest.class);
        String seventeen = java.util.stream.IntStream.range(0, 17)
                .mapToObj(i -> "\"" + "a".repeat(64) + String.format(".%06d", i) + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        refused("fromLots names 1 to 16 lots", String.format(withLots, seventeen), TransferRequest.class);
    }

    @Test
    void a_field_named_twice_or_a_number_with_endless_digits_is_refused_before_it_costs_anything() {
        refused("units appears twice", transfer("1", "\"x\"").replace("\"units\":1,", "\"units\":1,\"units\":1000,"),
                TransferRequest.class);
        refused("units has more digits than any quantity", transfer("1" + "0".repeat(60), "\"x\""),
                TransferRequest.class);
        refused("units has more digits than any quantity", transfer("1." + "0".repeat(60), "\"x\""),
                TransferRequest.class);
        long started = System.nanoTime();
        for (String endless : new String[] {"1" + "0".repeat(400_000), "1." + "0".repeat(400_000)}) {
            GreenLedgerError e = assertThrows(GreenLedgerError.class, () -> Json.decode(transfer(endless, "\"x\""),
                    TransferRequest.class));
            assertTrue(e.code() == ErrorCode.INVALID_ARGUMENT || e.code() == ErrorCode.MALFORMED_REQUEST, e.getMessage());
        }
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "a long literal is refused without parsing it");
    }

    @Test
    void unknown_or_missing_fields_are_refused_by_name() {
        refused("extra is not a field of TransferRequest", transfer("10", "\"x\"").replace("}", ",\"extra\":1}"),
                TransferRequest.class);
        refused("units is required", transfer("10", "\"x\"").replace("\"units\":10,", ""), TransferRequest.class);
        refused("kyc.grade is not a field of KycAttestation", "{\"accountId\":\"A\",\"custodianMspId\":\"BankAMSP\","
                + "\"investorType\":\"RETAIL\",\"jurisdiction\":\"VN\",\"kyc\":{\"recordHash\":\"" + HASH
                + "\",\"level\":\"SIMPLIFIED\",\"expiresOn\":\"2027-01-31\",\"grade\":\"A\"}}", OpenAccountRequest.class);
    }

    @Test
    void control_characters_and_overlong_text_or_lists_are_refused() {
        refused("paymentReference must not contain control characters", transfer("10", "\"pay\\u001b[31m\""),
                TransferRequest.class);
        refused("paymentReference must not contain control characters", transfer("10", "\"bell\\u0007\""),
                TransferRequest.class);
        refused("paymentReference must be at most 4096 characters", transfer("10", "\"" + "x".repeat(1 << 20) + "\""),
                TransferRequest.class);
        String roles = String.join(",", java.util.Collections.nCopies(10_001, "\"ISSUER\""));
        refused("roles must have at most 10000 elements", "{\"mspId\":\"X\",\"name\":\"X\",\"roles\":[" + roles + "]}",
                org.greenledger.chaincode.api.governance.RegisterOrgRequest.class);
    }

    @Test
    void decimals_are_numbers_with_a_bounded_number_of_digits() {
        String terms = "{\"projectId\":\"P\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\","
                + "\"metrics\":[{\"metric\":\"TCO2E_AVOIDED\",\"quantity\":%s}],\"evidenceHash\":\"" + HASH + "\"}";
        assertEquals(0, new java.math.BigDecimal("6000.5").compareTo(Json.decode(String.format(terms, "6000.5"),
                org.greenledger.chaincode.api.proceeds.ReportImpactRequest.class).metrics().get(0).quantity()));
        refused("metrics[0].quantity must be a number, not a string", String.format(terms, "\"6000.5\""),
                org.greenledger.chaincode.api.proceeds.ReportImpactRequest.class);
        refused("metrics[0].quantity has more digits", String.format(terms, "1e-1000"),
                org.greenledger.chaincode.api.proceeds.ReportImpactRequest.class);
    }
}
