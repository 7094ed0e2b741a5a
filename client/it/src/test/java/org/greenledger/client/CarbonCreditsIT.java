package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.carbon.BlockFreezeRequest;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditLabel;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.carbon.RetirementPurpose;
import org.greenledger.chaincode.api.carbon.Sector;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import org.greenledger.chaincode.api.carbon.VerificationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The carbon registry on the real network: a project listed by Bank A for its developer client,
 * validated by the verifier, registered by the alliance; last year's reductions verified and
 * issued as serial blocks; credits sold to a Bank B client, part retired with a certificate, the
 * rest transferred; a block frozen by the regulator; refusals with their codes and nothing moved; then one holder's twenty blocks,
 * twenty retired and twenty transferred at the same time, all committed.
 */
class CarbonCreditsIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int CONCURRENT = 20;

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static OpenAccountRequest account(String id, String custodian) {
        return new OpenAccountRequest(id, custodian, InvestorType.INSTITUTIONAL, "VN",
                new KycAttestation("5".repeat(64), KycLevel.STANDARD, TODAY.plusYears(2)));
    }

    @Test
    void credits_are_issued_sold_retired_with_a_certificate_and_never_counted_twice() throws Exception {
        String run = TestNetwork.runId();
        String project = "WIND-" + run;
        String dev = "DEV-" + run;
        String a1 = "CA1-" + run;
        String b1 = "CB1-" + run;
        int vintage = TODAY.getYear() - 1;
        try (GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger bankAViewer = connect(BANK_A, "viewer");
                GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger verifier = connect(VERIFIER, "operator");
                GreenLedger registry = connect(ALLIANCE, "operator");
                GreenLedger regulator = connect(REGULATOR, "viewer")) {
            bankA.accounts().open(account(dev, BANK_A));
            bankA.accounts().open(account(a1, BANK_A));
            bankB.accounts().open(account(b1, BANK_B));
            bankA.carbonProjects().list(new ListCarbonProjectRequest(project, "Ninh Thuan Wind", "VCS", "ACM0002", "VN",
                    Sector.ENERGY, dev, null, "1".repeat(64)));
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.carbonProjects().validate(
                    new ProjectDecision(project, "2".repeat(64))));
            verifier.carbonProjects().validate(new ProjectDecision(project, "2".repeat(64)));
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> verifier.carbonProjects().register(
                    new ProjectDecision(project, "3".repeat(64))));
            registry.carbonProjects().register(new ProjectDecision(project, "3".repeat(64)));
            TestNetwork.awaitPeersInSync();

            bankA.carbonProjects().submitReport(new MonitoringReportRequest("MR-1", project,
                    LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31), 2_000, "4".repeat(64)));
            TestNetwork.awaitPeersInSync();
            verifier.carbonProjects().verifyReport(new VerificationRequest(project, "MR-1", 2_000, "5".repeat(64)));
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.credits().issue(
                    new IssueCreditsRequest(project, "MR-1", 500, List.of(CreditLabel.CCP), null)));
            CreditIssuance issued = registry.credits().issue(
                    new IssueCreditsRequest(project, "MR-1", 500, List.of(CreditLabel.CCP), null));
            assertEquals(1_900, issued.deliveredUnits());
            assertEquals(100, issued.bufferUnits());
            assertEquals("GL-VN-" + project + "-" + vintage + "-000000001-000002000", issued.range().toString());
            TestNetwork.awaitPeersInSync();

            // Sold to a Bank B client; refusals first, each moving nothing.
            BlockRef devBlock = new BlockRef(dev, project, vintage, 1);
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.credits().transfer(
                    new TransferCreditsRequest("T-X-" + run, devBlock, b1, 500)));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankAViewer.credits().transfer(
                    new TransferCreditsRequest("T-X-" + run, devBlock, b1, 500)));
            assertRejected(ErrorCode.INSUFFICIENT_UNITS, () -> bankA.credits().transfer(
                    new TransferCreditsRequest("T-X-" + run, devBlock, b1, 1_901)));
            CreditsMoved sale = bankA.credits().transfer(new TransferCreditsRequest("T-1-" + run, devBlock, b1, 500));
            assertEquals("GL-VN-" + project + "-" + vintage + "-000000001-000000500", sale.range().toString());
            TestNetwork.awaitPeersInSync();

            // The buyer retires part, with a certificate; the retired serials never move again; the rest moves on.
            BlockRef bought = new BlockRef(b1, project, vintage, 1);
            try (GreenLedger regulatorOperator = connect(REGULATOR, "operator")) {
                BlockFreezeRequest freeze = new BlockFreezeRequest(bought, "7".repeat(64));
                assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.credits().freeze(freeze));
                regulatorOperator.credits().freeze(freeze);
                TestNetwork.awaitPeersInSync();
                assertRejected(ErrorCode.INSUFFICIENT_UNITS, () -> bankB.credits().retire(new RetireCreditsRequest(
                        "CERT-F-" + run, bought, 1, "Acme Airlines", RetirementPurpose.VOLUNTARY, null)));
                regulatorOperator.credits().unfreeze(freeze);
                TestNetwork.awaitPeersInSync();
            }
            RetirementCertificate certificate = bankB.credits().retire(new RetireCreditsRequest("CERT-" + run, bought,
                    200, "Acme Airlines", RetirementPurpose.VOLUNTARY, null));
            assertEquals("GL-VN-" + project + "-" + vintage + "-000000001-000000200", certificate.serials());
            TestNetwork.awaitPeersInSync();
            assertEquals(certificate, regulator.credits().certificate("CERT-" + run));
            assertRejected(ErrorCode.CREDITS_RETIRED, () -> bankB.credits().retire(new RetireCreditsRequest(
                    "CERT-2-" + run, bought, 1, "Someone else", RetirementPurpose.NDC, null)));
            bankB.credits().transfer(new TransferCreditsRequest("T-2-" + run, new BlockRef(b1, project, vintage, 201),
                    a1, 300));
            TestNetwork.awaitPeersInSync();
            assertEquals(List.of(), blocks(regulator, b1));
            assertEquals(List.of("201..500"), blocks(regulator, a1));

            // An external range comes in once; never again.
            ImportCreditsRequest fromVerra = new ImportCreditsRequest("IMP-" + run, project, vintage, "VERRA",
                    "VCS-" + run, 10_000, 10_099, "6".repeat(64), a1, List.of(), null);
            registry.credits().importCredits(fromVerra);
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.DOUBLE_COUNTING, () -> registry.credits().importCredits(new ImportCreditsRequest(
                    "IMP-2-" + run, project, vintage, "VERRA", "VCS-" + run, 10_050, 10_149, "6".repeat(64), a1,
                    List.of(), null)));
            assertEquals(List.of("201..500", "2001..2100"), blocks(regulator, a1));

            // One holder, many blocks: 40 blocks of 10, then 20 retirements and 20 transfers at once.
            for (int i = 0; i < 2 * CONCURRENT; i++) {
                bankA.credits().transfer(new TransferCreditsRequest("S-" + i + "-" + run,
                        new BlockRef(dev, project, vintage, 501 + 10L * i), b1, 10));
            }
            TestNetwork.awaitPeersInSync();
            assertEquals(2 * CONCURRENT, blocks(regulator, b1).size());
            ExecutorService pool = Executors.newFixedThreadPool(2 * CONCURRENT);
            try {
                List<Future<?>> all = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    BlockRef retiring = new BlockRef(b1, project, vintage, 501 + 10L * i);
                    BlockRef moving = new BlockRef(b1, project, vintage, 501 + 10L * (CONCURRENT + i));
                    String n = i + "-" + run;
                    all.add(pool.submit(() -> bankB.credits().retire(new RetireCreditsRequest("C-" + n, retiring, 10,
                            "Acme Airlines", RetirementPurpose.CORSIA, null))));
                    all.add(pool.submit(() -> bankB.credits().transfer(new TransferCreditsRequest("M-" + n, moving,
                            a1, 10))));
                }
                for (Future<?> f : all) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            TestNetwork.awaitPeersInSync();
            assertEquals(List.of(), blocks(regulator, b1));
            assertEquals(2 + CONCURRENT, blocks(regulator, a1).size());
            ProjectCreditLedger ledger = regulator.credits().projectLedger(project);
            assertEquals(1 + CONCURRENT, ledger.retirements().size());
            assertEquals(200 + 10L * CONCURRENT, ledger.retiredUnits());
            assertEquals(2_100, ledger.issuedUnits());
        }
    }

    private static List<String> blocks(GreenLedger reader, String account) {
        return reader.credits().blocks(account).stream().map(CreditBlock::range)
                .map(r -> r.first() + ".." + r.last()).toList();
    }
}
