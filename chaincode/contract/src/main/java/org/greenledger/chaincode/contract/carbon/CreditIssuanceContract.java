package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.api.Transaction.IMPORT_CREDITS;
import static org.greenledger.chaincode.api.Transaction.ISSUE_CREDITS;
import static org.greenledger.chaincode.api.Transaction.SUBMIT_MONITORING_REPORT;
import static org.greenledger.chaincode.api.Transaction.VERIFY_MONITORING_REPORT;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.carbon.Article6;
import org.greenledger.chaincode.api.carbon.BlockStatus;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReport;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.SerialRange;
import org.greenledger.chaincode.api.carbon.VerificationRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Replays;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.asset.CarbonProjectRegister;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * How credits come onto the ledger: the developer's bank submits a monitoring report, a verifier
 * (not the bank) verifies whole tonnes, and the registry that registered the project issues them
 * as one serial block per report, the buffer share withheld at the end of the range; or the
 * registry imports credits cancelled in an external registry, naming the external range, which
 * can never be imported again.
 */
@Contract(name = Contracts.CREDIT_ISSUANCE, info = @Info(title = "GreenLedger credit issuance", version = "0.1.0"))
public final class CreditIssuanceContract implements GreenLedgerContract {
    private static final AccessPolicy CUSTODIAN_STAFF = AccessPolicy.orgWith(OrgRole.CUSTODIAN).users(OPERATOR, ADMIN);
    private static final AccessPolicy VERIFIER_STAFF = AccessPolicy.orgWith(OrgRole.VERIFIER).users(OPERATOR, ADMIN);
    private static final AccessPolicy REGISTRY_STAFF = AccessPolicy.orgWith(OrgRole.REGISTRY).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SubmitMonitoringReport(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        MonitoringReportRequest request = Requests.decode(requestJson, SUBMIT_MONITORING_REPORT);
        CarbonProject project = registered(ctx, request.projectId());
        if (!project.listedBy().equals(caller.mspId())) {
            throw ContractError.notAuthorized("carbon project " + project.projectId() + " was listed by "
                    + project.listedBy());
        }
        MonitoringBook book = new MonitoringBook(ctx.ledger());
        var earlier = book.find(project.projectId(), request.reportId());
        if (earlier.isPresent()) {
            if (!earlier.get().request().equals(request)) {
                throw ContractError.alreadyExists("monitoring report", request.reportId());
            }
            return Json.encode(earlier.get());
        }
        if (!request.periodEnd().isBefore(ctx.ledger().today())) {
            throw new ContractError(ErrorCode.NOT_DUE, "the monitoring period ends " + request.periodEnd()
                    + "; it is reported after it ends (transaction date " + ctx.ledger().today() + ")");
        }
        MonitoringReport report = new MonitoringReport(request, caller.mspId(), ctx.ledger().now(), null, 0, null, null);
        book.save(report);
        ctx.ledger().emit(EventType.MONITORING_REPORT_SUBMITTED, report);
        return Json.encode(report);
    }

    /** A verifier confirms whole tonnes, at most those claimed; the report then needs it to change. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String VerifyMonitoringReport(GreenLedgerContext ctx, String requestJson) {
        Caller caller = VERIFIER_STAFF.check(ctx);
        VerificationRequest request = Requests.decode(requestJson, VERIFY_MONITORING_REPORT);
        CarbonProject project = registered(ctx, request.projectId());
        if (project.listedBy().equals(caller.mspId())) {
            throw ContractError.notAuthorized("the bank that listed a project cannot verify its reductions");
        }
        MonitoringBook book = new MonitoringBook(ctx.ledger());
        MonitoringReport report = book.get(project.projectId(), request.reportId());
        if (report.verified()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "report " + request.reportId() + " is already verified");
        }
        if (request.verifiedTonnes() > report.request().claimedTonnes()) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "verifiedTonnes " + request.verifiedTonnes()
                    + " exceed the " + report.request().claimedTonnes() + " claimed");
        }
        MonitoringReport verified = report.verifiedBy(caller.mspId(), request.verifiedTonnes(),
                request.statementHash(), ctx.ledger().now());
        book.save(verified);
        ctx.ledger().emit(EventType.MONITORING_REPORT_VERIFIED, verified);
        return Json.encode(verified);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String IssueCredits(GreenLedgerContext ctx, String requestJson) {
        Caller caller = REGISTRY_STAFF.check(ctx);
        IssueCreditsRequest request = Requests.decode(requestJson, ISSUE_CREDITS);
        CarbonProject project = registeredBy(ctx, caller, request.projectId());
        MonitoringReport report = new MonitoringBook(ctx.ledger()).get(project.projectId(), request.reportId());
        if (!report.verified()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "report " + request.reportId() + " is not verified");
        }
        SerialBook serials = new SerialBook(ctx.ledger());
        if (serials.issuanceOfReport(project.projectId(), request.reportId()).isPresent()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the credits of report " + request.reportId()
                    + " are already issued");
        }
        long tonnes = report.verifiedTonnes();
        // The buffer is rounded up: the pool never holds less than its share.
        long buffer = -Math.floorDiv(-Sums.times("the buffer share", tonnes, request.bufferBasisPoints()), 10_000L);
        long delivered = tonnes - buffer;
        String developer = project.terms().developerAccountId();
        AssetRules credits = Assets.rulesOf(project);
        SerialRange range = nextSerials(serials, project, report.request().vintage(), tonnes);
        Instant now = ctx.ledger().now();
        Article6 article6 = Article6.of(request.letterOfAuthorization());
        MovementCore core = new MovementCore(ctx.ledger());
        if (delivered > 0) {
            core.issueBlock(credits, new CreditBlock(range.head(delivered), developer, BlockStatus.ACTIVE,
                    request.labels(), article6, null, request.reportId(), now, null), "issuance " + request.reportId());
        }
        if (buffer > 0) {
            core.issueBlock(credits, new CreditBlock(range.tail(delivered), CreditBlock.BUFFER_POOL, BlockStatus.ACTIVE,
                    request.labels(), article6, null, request.reportId(), now, null), "buffer " + request.reportId());
        }
        serials.useSerialsUpTo(project.projectId(), range.vintage(), range.last());
        CreditIssuance issuance = new CreditIssuance(request.reportId(), project.projectId(), caller.mspId(), range,
                developer, delivered, buffer, null, now);
        serials.putIssuance(issuance, request.reportId());
        ctx.ledger().emit(EventType.CREDITS_ISSUED, issuance);
        return Json.encode(issuance);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ImportCredits(GreenLedgerContext ctx, String requestJson) {
        Caller caller = REGISTRY_STAFF.check(ctx);
        ImportCreditsRequest request = Requests.decode(requestJson, IMPORT_CREDITS);
        CarbonProject project = registeredBy(ctx, caller, request.projectId());
        return Replays.once(ctx, IMPORT_CREDITS, request.importId(), request,
                () -> importCredits(ctx, caller, project, request));
    }

    private static CreditIssuance importCredits(GreenLedgerContext ctx, Caller caller, CarbonProject project,
            ImportCreditsRequest request) {
        SerialBook serials = new SerialBook(ctx.ledger());
        for (ImportCreditsRequest before : serials.importedRanges(request.externalRegistry(),
                request.externalProjectRef())) {
            if (before.externalFirst() <= request.externalLast() && request.externalFirst() <= before.externalLast()) {
                throw new ContractError(ErrorCode.DOUBLE_COUNTING, request.externalRegistry() + " serials "
                        + request.externalFirst() + ".." + request.externalLast() + " of "
                        + request.externalProjectRef() + " overlap those imported by " + before.importId());
            }
        }
        SerialRange range = nextSerials(serials, project, request.vintage(), request.quantity());
        Instant now = ctx.ledger().now();
        new MovementCore(ctx.ledger()).issueBlock(Assets.rulesOf(project), new CreditBlock(range,
                request.toAccountId(), BlockStatus.ACTIVE, request.labels(), Article6.of(request.letterOfAuthorization()),
                null, request.importId(), now, null), "import " + request.importId());
        serials.useSerialsUpTo(project.projectId(), range.vintage(), range.last());
        serials.putImportedRange(request);
        CreditIssuance imported = new CreditIssuance(request.importId(), project.projectId(), caller.mspId(), range,
                request.toAccountId(), request.quantity(), 0, request.externalRegistry() + " "
                        + request.externalProjectRef() + " " + request.externalFirst() + "-" + request.externalLast(),
                now);
        serials.putIssuance(imported, null);
        ctx.ledger().emit(EventType.CREDITS_IMPORTED, imported);
        return imported;
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetMonitoringReport(GreenLedgerContext ctx, String projectId, String reportId) {
        MEMBER.check(ctx);
        return Json.encode(new MonitoringBook(ctx.ledger()).get(Requests.id("projectId", projectId, Check.ID),
                Requests.id("reportId", reportId, Check.ID)));
    }

    /** The next {@code tonnes} serials of the vintage; the caller takes them with {@code useSerialsUpTo}. */
    private static SerialRange nextSerials(SerialBook serials, CarbonProject project, int vintage, long tonnes) {
        long first = serials.nextSerial(project.projectId(), vintage);
        long last = Sums.add("the last serial", first, tonnes - 1);
        if (last > SerialRange.MAX_SERIAL) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "vintage " + vintage + " of " + project.projectId()
                    + " has no room for " + tonnes + " more serials");
        }
        return new SerialRange(project.terms().hostCountry(), project.projectId(), vintage, first, last);
    }

    private static CarbonProject registered(GreenLedgerContext ctx, String projectId) {
        CarbonProject project = new CarbonProjectRegister(ctx.ledger()).get(projectId);
        if (project.status() != CarbonProjectStatus.REGISTERED) {
            throw new ContractError(ErrorCode.INVALID_STATE, "carbon project " + projectId + " is " + project.status());
        }
        return project;
    }

    private static CarbonProject registeredBy(GreenLedgerContext ctx, Caller caller, String projectId) {
        registered(ctx, projectId);
        return new CarbonProjectRegister(ctx.ledger()).registeredBy(projectId, caller.mspId());
    }
}
