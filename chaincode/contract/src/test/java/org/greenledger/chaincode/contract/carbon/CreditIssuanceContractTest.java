package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.DEV;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.PROJECT;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditLabel;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.VerificationRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.contract.supervision.ComplianceContract;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

class CreditIssuanceContractTest {
    private final CarbonRegistry registry = new CarbonRegistry(null);
    private final TestLedger ledger = registry.ledger;
    private final CreditIssuanceContract issuance = registry.issuance;

    @Test
    void verified_tonnes_are_issued_as_one_serial_block_with_the_buffer_at_its_end() {
        CreditIssuance first = registry.issue("MR-1", 1_000, 1_050, List.of(CreditLabel.CCP), null);
        // 10.5% of 1,000 is 105 tonnes to the buffer pool, rounded up; 895 to the developer.
        assertEquals(895, first.deliveredUnits());
        assertEquals(105, first.bufferUnits());
        assertEquals("GL-VN-WIND-7-2027-000000001-000001000", first.range().toString());
        assertEquals("GL-VN-WIND-7-2027-000000001-000000895", registry.blocks(DEV).get(0).range().toString());
        assertEquals("GL-VN-WIND-7-2027-000000896-000001000",
                registry.blocks(CreditBlock.BUFFER_POOL).get(0).range().toString());

        CreditIssuance second = registry.issue("MR-2", 7, 1, List.of(), null);
        assertEquals(1_001, second.range().first(), "serials of a vintage continue, never overlap");
        assertEquals(1, second.bufferUnits(), "a buffer share is never rounded down to nothing");
        ledger.assertRefused(ErrorCode.INVALID_STATE, ALLIANCE_OPERATOR, ctx -> issuance.IssueCredits(ctx,
                Json.encode(new IssueCreditsRequest(PROJECT, "MR-2", 0, List.of(), null))));
    }

    @Test
    void reports_are_refused_before_the_period_ends_and_verification_above_the_claim() {
        String open = Json.encode(new MonitoringReportRequest("MR-9", PROJECT, LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 12, 31), 10, "3".repeat(64)));
        ledger.assertRefused(ErrorCode.NOT_DUE, BANK_A_OPERATOR, ctx -> issuance.SubmitMonitoringReport(ctx, open));
        String report = Json.encode(new MonitoringReportRequest("MR-1", PROJECT, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30), 10, "3".repeat(64)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> issuance.SubmitMonitoringReport(ctx,
                report));
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.SubmitMonitoringReport(ctx, report));
        ledger.assertRefused(ErrorCode.INVALID_STATE, ALLIANCE_OPERATOR, ctx -> issuance.IssueCredits(ctx,
                Json.encode(new IssueCreditsRequest(PROJECT, "MR-1", 0, List.of(), null))));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR, ctx -> issuance.VerifyMonitoringReport(ctx,
                Json.encode(new VerificationRequest(PROJECT, "MR-1", 11, "4".repeat(64)))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> issuance.VerifyMonitoringReport(ctx,
                Json.encode(new VerificationRequest(PROJECT, "MR-1", 10, "4".repeat(64)))));
        ledger.submit(VERIFIER_OPERATOR, ctx -> issuance.VerifyMonitoringReport(ctx,
                Json.encode(new VerificationRequest(PROJECT, "MR-1", 9, "4".repeat(64)))));
        String key = ledger.keys("monitoringReport").get(0);
        assertNotNull(ledger.endorsementPolicy(key), "a verified report needs its verifier to change");
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> issuance.IssueCredits(ctx,
                Json.encode(new IssueCreditsRequest(PROJECT, "MR-1", 0, List.of(), null))));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, ALLIANCE_OPERATOR, ctx -> issuance.IssueCredits(ctx,
                Json.encode(new IssueCreditsRequest(PROJECT, "MR-1", 0, List.of(), null))
                        .replace("[]", "[\"ARTICLE6_AUTHORIZED\"]")));
        ledger.submit(Members.REGULATOR_OPERATOR, ctx -> new ComplianceContract().FreezeAccount(ctx,
                Json.encode(new RegulatoryAction(DEV, "5".repeat(64)))));
        ledger.assertRefused(ErrorCode.ACCOUNT_FROZEN, ALLIANCE_OPERATOR, ctx -> issuance.IssueCredits(ctx,
                Json.encode(new IssueCreditsRequest(PROJECT, "MR-1", 0, List.of(), null))));
    }

    private static ImportCreditsRequest importing(String id, long first, long last) {
        return new ImportCreditsRequest(id, PROJECT, 2026, "VERRA", "VCS-1234", first, last, "6".repeat(64), "B1",
                List.of(), null);
    }

    @Test
    void an_external_range_is_imported_once_and_no_overlapping_part_ever_again() {
        CreditIssuance imported = Json.decode(ledger.submit(ALLIANCE_OPERATOR, ctx -> issuance.ImportCredits(ctx,
                Json.encode(importing("IMP-1", 5_000, 5_999)))), CreditIssuance.class);
        assertEquals(1_000, imported.deliveredUnits());
        assertEquals("GL-VN-WIND-7-2026-000000001-000001000", imported.range().toString());
        int events = ledger.eventCount();
        ledger.submit(ALLIANCE_OPERATOR, ctx -> issuance.ImportCredits(ctx, Json.encode(importing("IMP-1", 5_000, 5_999))));
        assertEquals(events, ledger.eventCount(), "a replayed import changes nothing");
        for (long[] overlap : new long[][] {{5_000, 5_999}, {4_000, 5_000}, {5_999, 7_000}, {5_500, 5_501},
                {1, 10_000}}) {
            ledger.assertRefused(ErrorCode.DOUBLE_COUNTING, ALLIANCE_OPERATOR, ctx -> issuance.ImportCredits(ctx,
                    Json.encode(importing("IMP-2", overlap[0], overlap[1]))));
        }
        ledger.submit(ALLIANCE_OPERATOR, ctx -> issuance.ImportCredits(ctx, Json.encode(importing("IMP-3", 6_000, 6_000))));
        ledger.submit(ALLIANCE_OPERATOR, ctx -> issuance.ImportCredits(ctx, Json.encode(importing("IMP-4", 4_999, 4_999))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> issuance.ImportCredits(ctx,
                Json.encode(importing("IMP-5", 1, 2))));
        assertEquals(3, registry.blocks("B1").size());
    }
}
