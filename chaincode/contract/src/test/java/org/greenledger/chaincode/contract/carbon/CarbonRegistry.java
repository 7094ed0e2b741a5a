package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditLabel;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.Sector;
import org.greenledger.chaincode.api.carbon.VerificationRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.contract.proceeds.ProceedsContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.TestLedger;

/**
 * The carbon registry on top of {@link Market}: developer account DEV at Bank A, and project
 * WIND-7 (VN) listed by Bank A, validated by the verifier, registered by the alliance (the
 * registry). The ledger's clock is set to 2028-03-01, after the 2027 vintage.
 */
final class CarbonRegistry {
    static final String PROJECT = "WIND-7";
    static final String DEV = "DEV";

    final Market market = new Market();
    final TestLedger ledger = market.ledger;
    final CarbonProjectContract projects = new CarbonProjectContract();
    final CreditIssuanceContract issuance = new CreditIssuanceContract();
    final CreditContract credits = new CreditContract();

    CarbonRegistry(String greenProjectId) {
        market.open(BANK_A_OPERATOR, DEV, BANK_A, InvestorType.INSTITUTIONAL);
        if (greenProjectId != null) {
            financeByTheBond(greenProjectId);
        }
        ledger.setTime(Instant.parse("2028-03-01T09:00:00Z"));
        ledger.submit(BANK_A_OPERATOR, ctx -> projects.ListCarbonProject(ctx, Json.encode(listing(PROJECT,
                greenProjectId))));
        ledger.submit(VERIFIER_OPERATOR, ctx -> projects.ValidateCarbonProject(ctx, Json.encode(decision(PROJECT))));
        ledger.submit(ALLIANCE_OPERATOR, ctx -> projects.RegisterCarbonProject(ctx, Json.encode(decision(PROJECT))));
    }

    /**
     * The market's bond is issued and allocates VND 20,000,000 to green project
     * {@code greenProjectId}, whose total financing is 60,000,000: the bond finances a third.
     */
    private void financeByTheBond(String greenProjectId) {
        market.issue();
        ProceedsContract proceeds = new ProceedsContract();
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx, Json.encode(new RegisterProjectRequest(
                greenProjectId, "Ninh Thuan Wind", IcmaCategory.RENEWABLE_ENERGY, "VN", "Ninh Thuan", Members.VERIFIER,
                Currency.of("VND"), 60_000_000, List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED,
                        new BigDecimal("900"))), "7".repeat(64)))));
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx, Json.encode(
                new AllocationRequest("AL-1", Market.BOND, greenProjectId, 20_000_000))));
    }

    static ListCarbonProjectRequest listing(String projectId, String greenProjectId) {
        return new ListCarbonProjectRequest(projectId, "Ninh Thuan Wind", "VCS", "ACM0002", "VN", Sector.ENERGY, DEV,
                greenProjectId, "1".repeat(64));
    }

    static ProjectDecision decision(String projectId) {
        return new ProjectDecision(projectId, "2".repeat(64));
    }

    /** Submits, verifies and issues a 2027 report of {@code tonnes}, {@code bufferBps} to the buffer. */
    CreditIssuance issue(String reportId, long tonnes, int bufferBps, List<CreditLabel> labels, String letter) {
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.SubmitMonitoringReport(ctx, Json.encode(
                new MonitoringReportRequest(reportId, PROJECT, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                        tonnes, "3".repeat(64)))));
        ledger.submit(VERIFIER_OPERATOR, ctx -> issuance.VerifyMonitoringReport(ctx, Json.encode(
                new VerificationRequest(PROJECT, reportId, tonnes, "4".repeat(64)))));
        return Json.decode(ledger.submit(Members.ALLIANCE_OPERATOR, ctx -> issuance.IssueCredits(ctx, Json.encode(
                new IssueCreditsRequest(PROJECT, reportId, bufferBps, labels, letter)))), CreditIssuance.class);
    }

    List<CreditBlock> blocks(String accountId) {
        return List.of(Json.decode(ledger.evaluate(Members.REGULATOR_VIEWER, ctx -> credits.ListBlocks(ctx, accountId)),
                CreditBlock[].class));
    }

    static BlockRef ref(String holder, long first) {
        return new BlockRef(holder, PROJECT, 2027, first);
    }
}
