package org.greenledger.chaincode.contract.proceeds;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Impact reported by the issuer, attested by the verifier, and the bond's pro-rata share. The
 * bond allocates VND 20,000,000 to SOLAR-1 (total financing 60,000,000: a third) and 9,000,000
 * to WIND-2 (financing 12,000,000: three quarters).
 */
class ImpactContractTest {
    private final ImpactContract impact = new ImpactContract();
    private final ProceedsContract proceeds = new ProceedsContract();
    private TestLedger ledger;

    @BeforeEach
    void financed() {
        Market market = new Market();
        ledger = market.ledger;
        market.issue();
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx, Json.encode(
                ProceedsContractTest.projectRequest("SOLAR-1", IcmaCategory.RENEWABLE_ENERGY, 60_000_000))));
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx, Json.encode(
                ProceedsContractTest.projectRequest("WIND-2", IcmaCategory.RENEWABLE_ENERGY, 12_000_000))));
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-1", BOND, "SOLAR-1", 20_000_000))));
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-2", BOND, "WIND-2", 9_000_000))));
        ledger.setTime(Instant.parse("2028-02-01T09:00:00Z"));
    }

    private static ReportImpactRequest year(String projectId, int year, String tonnes, String mwh) {
        return new ReportImpactRequest(projectId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                List.of(new ImpactValue(ImpactMetric.MWH_RENEWABLE_GENERATED, new BigDecimal(mwh)),
                        new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal(tonnes))),
                "e".repeat(64));
    }

    private void report(ReportImpactRequest request) {
        ledger.submit(BANK_A_OPERATOR, ctx -> impact.ReportImpact(ctx, Json.encode(request)));
    }

    private void attest(String projectId, int year) {
        ledger.submit(VERIFIER_OPERATOR, ctx -> impact.AttestImpact(ctx, Json.encode(
                new AttestImpactRequest(projectId, LocalDate.of(year, 1, 1), "f".repeat(64)))));
    }

    private BondImpactReport bondImpact(int from, int to) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> impact.GetBondImpactReport(ctx, Json.encode(
                new BondImpactQuery(BOND, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31))))),
                BondImpactReport.class);
    }

    @Test
    void the_bond_reports_its_share_of_attested_impact_only() {
        report(year("SOLAR-1", 2027, "1000.001", "2400"));
        report(year("WIND-2", 2027, "300", "500.5"));
        attest("SOLAR-1", 2027);
        BondImpactReport first = bondImpact(2027, 2027);
        assertEquals(1, first.unattestedReports(), "WIND-2 2027 is not attested yet");
        assertEquals(new BigDecimal("0.333333"), first.projects().get(0).financingShare());
        // exactly a third, rounded once: 1000.001 / 3 = 333.333667 -> 333.334; 2400 / 3 = 800
        assertEquals(List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal("333.334")),
                new ImpactValue(ImpactMetric.MWH_RENEWABLE_GENERATED, new BigDecimal("800.000"))),
                first.projects().get(0).bondImpact().stream()
                        .sorted((a, b) -> a.metric().compareTo(b.metric())).toList());
        assertEquals(0, first.projects().get(1).attestedReports());

        attest("WIND-2", 2027);
        BondImpactReport both = bondImpact(2027, 2027);
        assertEquals(0, both.unattestedReports());
        assertEquals(new BigDecimal("0.750000"), both.projects().get(1).financingShare());
        // WIND-2: 300 x 0.75 = 225; 500.5 x 0.75 = 375.375. Totals: 558.334 tCO2e, 1175.375 MWh.
        assertEquals(List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal("558.334")),
                new ImpactValue(ImpactMetric.MWH_RENEWABLE_GENERATED, new BigDecimal("1175.375"))), both.totals());
        assertTrue(bondImpact(2026, 2026).totals().isEmpty(), "no period ends in 2026");
    }

    @Test
    void an_attested_period_is_fixed_and_needs_the_verifier_to_change() {
        report(year("SOLAR-1", 2027, "1000", "2400"));
        report(year("SOLAR-1", 2027, "990", "2400"));
        assertEquals(new BigDecimal("990.000"), ledger.lastEvent(EventType.IMPACT_REPORTED, ImpactReport.class)
                .report().metrics().get(0).quantity(), "before attestation the issuer may correct");
        attest("SOLAR-1", 2027);
        ImpactReport attested = ledger.lastEvent(EventType.IMPACT_ATTESTED, ImpactReport.class);
        assertEquals(VERIFIER, attested.verifierMspId());
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> impact.ReportImpact(ctx,
                Json.encode(year("SOLAR-1", 2027, "5000", "2400"))));
        ledger.assertRefused(ErrorCode.INVALID_STATE, VERIFIER_OPERATOR, ctx -> impact.AttestImpact(ctx,
                Json.encode(new AttestImpactRequest("SOLAR-1", LocalDate.of(2027, 1, 1), "0".repeat(64)))));
        String key = ledger.keys("impact").get(0);
        assertEquals(VERIFIER, principal(key));
    }

    @Test
    void reports_are_refused_from_the_wrong_org_for_open_or_overlapping_periods() {
        ReportImpactRequest y2027 = year("SOLAR-1", 2027, "1000", "2400");
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR,
                ctx -> impact.ReportImpact(ctx, Json.encode(y2027)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, VERIFIER_OPERATOR,
                ctx -> impact.ReportImpact(ctx, Json.encode(y2027)));
        ledger.assertRefused(ErrorCode.NOT_DUE, BANK_A_OPERATOR,
                ctx -> impact.ReportImpact(ctx, Json.encode(year("SOLAR-1", 2028, "1", "1"))));
        report(y2027);
        ReportImpactRequest overlapping = new ReportImpactRequest("SOLAR-1", LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 12, 31), y2027.metrics(), y2027.evidenceHash());
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR,
                ctx -> impact.ReportImpact(ctx, Json.encode(overlapping)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> impact.AttestImpact(ctx,
                Json.encode(new AttestImpactRequest("SOLAR-1", LocalDate.of(2027, 1, 1), "f".repeat(64)))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, VERIFIER_OPERATOR, ctx -> impact.AttestImpact(ctx,
                Json.encode(new AttestImpactRequest("SOLAR-1", LocalDate.of(2026, 1, 1), "f".repeat(64)))));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> impact.ReportImpact(ctx,
                Json.encode(y2027).replace("\"MWH_RENEWABLE_GENERATED\"", "\"TCO2E_AVOIDED\"")));
    }

    private String principal(String key) {
        try {
            return MSPRole.parseFrom(ledger.endorsementPolicy(key).getIdentities(0).getPrincipal()).getMspIdentifier();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
