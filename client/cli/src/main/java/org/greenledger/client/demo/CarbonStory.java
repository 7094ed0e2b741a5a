package org.greenledger.client.demo;

import static org.greenledger.client.demo.Narrator.done;
import static org.greenledger.client.demo.Narrator.line;
import static org.greenledger.client.demo.Narrator.refused;
import static org.greenledger.client.demo.Narrator.sha;
import static org.greenledger.client.demo.Narrator.step;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.BondCredits;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditLabel;
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

/**
 * The carbon credits the bond's solar park earns: listed by Bank A for its developer client,
 * validated, registered; last year's reductions verified and issued in serial blocks; some sold
 * to Bank B's investor and retired with a certificate; the bond claims its share as its impact.
 */
final class CarbonStory {
    private final Cast cast;
    private final String bondId;
    private final String project;
    private final String developer;
    private final int vintage = LocalDate.now(ZoneOffset.UTC).getYear() - 1;

    CarbonStory(Cast cast, String bondId) {
        this.cast = cast;
        this.bondId = bondId;
        this.project = project(cast.run());
        this.developer = "DEV-" + cast.run();
    }

    /** The carbon project of this run: the bond's solar park. */
    static String project(String run) {
        return "SOLAR-" + run;
    }

    void run() {
        register();
        issue();
        sellAndRetire();
        claimForTheBond();
    }

    private void register() {
        step("11. Bank A lists the solar park as a carbon project for its developer client; verifier and registry pass it");
        cast.bankA().accounts().open(new OpenAccountRequest(developer, "BankAMSP", InvestorType.INSTITUTIONAL, "VN",
                new KycAttestation(sha("developer-kyc"), KycLevel.ENHANCED, LocalDate.now(ZoneOffset.UTC).plusYears(3))));
        done(cast.bankA().carbonProjects().list(new ListCarbonProjectRequest(project, BondStory.SOLAR_PARK, "VCS",
                "ACM0002", "VN", Sector.ENERGY, developer, BondStory.GREEN_PROJECT_PREFIX + cast.run(),
                sha("project-design-document"))).status() + "     " + project + ", the bond's green project");
        cast.settle();
        done(cast.verifier().carbonProjects().validate(new ProjectDecision(project, sha("validation-report"))).status()
                + "  by VerifierMSP");
        cast.settle();
        refused(ErrorCode.NOT_AUTHORIZED, "the verifier registers the project", () -> cast.verifier().carbonProjects()
                .register(new ProjectDecision(project, sha("registration"))));
        done(cast.registry().carbonProjects().register(new ProjectDecision(project, sha("registration"))).status()
                + " by the registry");
        cast.settle();
    }

    private void issue() {
        step("12. Last year's reductions: reported by Bank A, verified, issued as serial blocks (5% to the buffer)");
        cast.bankA().carbonProjects().submitReport(new MonitoringReportRequest("MR-" + vintage, project,
                LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31), 1_250, sha("monitoring-report")));
        cast.settle();
        done("verified " + cast.verifier().carbonProjects().verifyReport(new VerificationRequest(project,
                "MR-" + vintage, 1_200, sha("verification-statement"))).verifiedTonnes() + " of 1250 tCO2e claimed");
        cast.settle();
        CreditIssuance issued = cast.registry().credits().issue(new IssueCreditsRequest(project, "MR-" + vintage, 500, List.of(CreditLabel.CCP), null));
        cast.settle();
        line("issued %s: %d t to %s, %d t to the buffer pool", issued.range(), issued.deliveredUnits(), developer,
                issued.bufferUnits());
    }

    private void sellAndRetire() {
        step("13. Bank A's developer sells 400 t to Bank B's investor, who retires 150 t with a certificate");
        BlockRef developerBlock = new BlockRef(developer, project, vintage, 1);
        refused(ErrorCode.INSUFFICIENT_UNITS, "selling more than the block holds", () -> cast.bankA().credits()
                .transfer(new TransferCreditsRequest("CT-X-" + cast.run(), developerBlock, cast.investorB(), 5_000)));
        done("moved " + cast.bankA().credits().transfer(new TransferCreditsRequest("CT-" + cast.run(), developerBlock,
                cast.investorB(), 400)).range());
        cast.settle();
        BlockRef bought = new BlockRef(cast.investorB(), project, vintage, 1);
        RetirementCertificate certificate = cast.bankB().credits().retire(new RetireCreditsRequest(
                "CERT-" + cast.run(), bought, 150, "Saigon Logistics JSC", RetirementPurpose.VOLUNTARY, null));
        line("certificate %s: %s retired for %s", certificate.retirementId(), certificate.serials(),
                certificate.beneficiary());
        cast.settle();
        refused(ErrorCode.CREDITS_RETIRED, "retiring the same serials again", () -> cast.bankB().credits().retire(
                new RetireCreditsRequest("CERT-2-" + cast.run(), bought, 10, "Someone else", RetirementPurpose.NDC,
                        null)));
    }

    private void claimForTheBond() {
        step("14. The bond claims its share of the project's credits as its impact, and not a tonne more");
        BondCredits owed = cast.regulator().credits().bondCredits(bondId);
        line("the bond finances %s of the project: %s t attributable", owed.projects().get(0).financingShare()
                .movePointRight(2).stripTrailingZeros().toPlainString() + "%", owed.attributableTonnes());
        long share = owed.attributableTonnes().longValue();
        BlockRef remaining = new BlockRef(developer, project, vintage, 401);
        refused(ErrorCode.DOUBLE_COUNTING, "claiming more than the bond's share", () -> cast.bankA().credits().retire(
                new RetireCreditsRequest("CLAIM-X-" + cast.run(), remaining, share + 1, "Bank A Solar Green Bond",
                        RetirementPurpose.BOND_IMPACT_CLAIM, bondId)));
        RetirementCertificate claim = cast.bankA().credits().retire(new RetireCreditsRequest("CLAIM-" + cast.run(),
                remaining, share, "Bank A Solar Green Bond", RetirementPurpose.BOND_IMPACT_CLAIM, bondId));
        line("claimed %s as the bond's impact", claim.serials());
        cast.settle();
        ProjectCreditLedger ledger = cast.regulator().credits().projectLedger(project);
        line("project ledger: issued %d t, buffer %d t, retired %d t in %d certificates", ledger.issuedUnits(),
                ledger.bufferUnits(), ledger.retiredUnits(), ledger.retirements().size());
    }
}
