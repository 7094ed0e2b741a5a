package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.document.DocumentKind;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Use of proceeds and impact on the real network: Bank A allocates its bond's net proceeds to
 * green projects, the ledger refuses what the framework does not allow, the verifier flags an
 * allocation (covenant breach) and only the verifier's peer can help lift that flag, impact is
 * reported, attested and shared pro rata in the bond's impact report.
 */
class UseOfProceedsIT {
    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static RegisterProjectRequest project(String id, IcmaCategory category, long financing) {
        return new RegisterProjectRequest(id, id + " project", category, "VN", "Ninh Thuan", VERIFIER, Currency.of("VND"),
                financing, List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal("12000"))),
                "a".repeat(64));
    }

    @Test
    void proceeds_are_allocated_within_the_framework_flagged_cured_and_their_impact_attested() throws Exception {
        try (GatewayConnection bankA = connect(BANK_A, "operator");
                GreenLedger bankAViewer = connect(BANK_A, "viewer");
                GreenLedger bankB = connect(BANK_B, "operator");
                GatewayConnection verifier = connect(VERIFIER, "operator");
                GreenLedger alliance = connect(ALLIANCE, "operator");
                GreenLedger regulator = connect(REGULATOR, "viewer")) {
            IssuedBond issued = new IssuedBond(bankA, bankB, verifier, alliance);
            String bondId = issued.bondId;
            long net = issued.netProceeds();
            String solar = "SOLAR-" + issued.run;
            String wind = "WIND-" + issued.run;
            String metro = "METRO-" + issued.run;
            bankA.proceeds().registerProject(project(solar, IcmaCategory.RENEWABLE_ENERGY, 4 * net));
            bankA.proceeds().registerProject(project(wind, IcmaCategory.RENEWABLE_ENERGY, net));
            bankA.proceeds().registerProject(project(metro, IcmaCategory.CLEAN_TRANSPORTATION, net));

            // Refusals, each with its code and nothing allocated.
            assertRejected(ErrorCode.CATEGORY_NOT_ELIGIBLE, () -> bankA.proceeds().allocate(
                    new AllocationRequest("AL-M-" + issued.run, bondId, metro, 1)));
            assertRejected(ErrorCode.PROCEEDS_EXCEEDED, () -> bankA.proceeds().allocate(
                    new AllocationRequest("AL-X-" + issued.run, bondId, solar, net + 1)));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.proceeds().allocate(
                    new AllocationRequest("AL-B-" + issued.run, bondId, solar, 1)));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankAViewer.proceeds().allocate(
                    new AllocationRequest("AL-V-" + issued.run, bondId, solar, 1)));
            assertEquals(0, regulator.proceeds().allocationReport(bondId).allocatedMinor());

            String toSolar = "AL-S-" + issued.run;
            String toWind = "AL-W-" + issued.run;
            bankA.proceeds().allocate(new AllocationRequest(toSolar, bondId, solar, net / 2));
            bankA.proceeds().allocate(new AllocationRequest(toWind, bondId, wind, net / 4));
            TestNetwork.awaitPeersInSync();
            AllocationReport report = regulator.proceeds().allocationReport(bondId);
            assertEquals(net, report.netProceedsMinor());
            assertEquals(net / 2 + net / 4, report.allocatedMinor());
            assertEquals(net, report.allocatedMinor() + report.unallocatedMinor());
            assertEquals(new BigDecimal("0.5000"), report.projects().get(0).shareOfNetProceeds());

            // The verifier flags the wind allocation: covenant breach.
            verifier.proceeds().flag(new FlagRequest(bondId, toWind, "b".repeat(64)));
            TestNetwork.awaitPeersInSync();
            assertNotNull(regulator.bonds().get(bondId).covenantBreachedAt());
            assertTrue(regulator.proceeds().allocationReport(bondId).covenantBreach());

            // The flag's key needs the verifier's peer: a majority without it cannot lift the flag.
            Status withoutVerifier = clearEndorsedBy(verifier, new FlagRequest(bondId, toWind, "c".repeat(64)),
                    ALLIANCE, BANK_A, BANK_B);
            assertEquals(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, withoutVerifier.getCode());
            TestNetwork.awaitPeersInSync();
            assertTrue(regulator.proceeds().allocationReport(bondId).covenantBreach());

            // The issuer cures: releases the flagged proceeds and reallocates them to the solar project.
            bankA.proceeds().release(new ReleaseRequest(bondId, toWind, net / 4));
            bankA.proceeds().allocate(new AllocationRequest("AL-S2-" + issued.run, bondId, solar, net / 4));
            TestNetwork.awaitPeersInSync();
            assertNull(regulator.bonds().get(bondId).covenantBreachedAt());
            AllocationReport cured = regulator.proceeds().allocationReport(bondId);
            assertFalse(cured.covenantBreach());
            assertEquals(List.of(solar), cured.projects().stream().map(p -> p.projectId()).toList());

            // Impact over the half year after issue, reported once it ended, attested by the verifier.
            LocalDate start = issued.issueDate;
            LocalDate end = start.plusMonths(6).minusDays(1);
            try (NetworkClock later = NetworkClock.atNoonOf(end.plusDays(10))) {
                bankA.impact().report(new ReportImpactRequest(solar, start, end,
                        List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal("6000.5"))), "d".repeat(64)));
            }
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.impact().attest(
                    new AttestImpactRequest(solar, start, "e".repeat(64))));
            verifier.impact().attest(new AttestImpactRequest(solar, start, "e".repeat(64)));
            TestNetwork.awaitPeersInSync();
            BondImpactReport impact = regulator.impact().bondImpact(new BondImpactQuery(bondId, start, end));
            // The bond financed 3/4 of net out of 4 x net: 18.75% of the project, 6000.5 x 0.1875 = 1125.094 (HALF_EVEN).
            assertEquals(new BigDecimal("0.187500"), impact.projects().get(0).financingShare());
            assertEquals(List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal("1125.094"))),
                    impact.totals());

            bankA.documents().register(new RegisterDocumentRequest(bondId, DocumentKind.ALLOCATION_REPORT,
                    "9".repeat(64), "https://bank-a.example/green/allocation-2027.pdf"));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.documents().register(new RegisterDocumentRequest(bondId,
                    DocumentKind.OTHER, "8".repeat(64), "https://bank-b.example/x.pdf")));
            TestNetwork.awaitPeersInSync();
            assertEquals(1, regulator.documents().of(bondId).size());
        }
    }

    private static Status clearEndorsedBy(GatewayConnection client, FlagRequest request, String... orgs)
            throws Exception {
        Transaction<?, ?> tx = Transaction.CLEAR_ALLOCATION_FLAG;
        return client.network().getContract(client.network().getName(), tx.contract())
                .newProposal(tx.txName())
                .addArguments(Json.encode(request))
                .setEndorsingOrganizations(orgs)
                .build()
                .endorse()
                .submitAsync()
                .getStatus();
    }
}
