package org.greenledger.chaincode.contract.proceeds;

import static org.greenledger.chaincode.api.Transaction.ATTEST_IMPACT;
import static org.greenledger.chaincode.api.Transaction.GET_BOND_IMPACT_REPORT;
import static org.greenledger.chaincode.api.Transaction.REPORT_IMPACT;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Impact: the issuer reports a project's impact per period, the project's verifier attests it,
 * and a bond's impact is each financed project's attested impact times the bond's share of the
 * project's financing. An attested report carries a key-level policy that needs the verifier's
 * endorsement, so no majority without the verifier can rewrite what it attested.
 */
@Contract(name = Contracts.IMPACT, info = @Info(title = "GreenLedger impact", version = "0.1.0"))
public final class ImpactContract implements GreenLedgerContract {
    private static final AccessPolicy ISSUER_STAFF = AccessPolicy.orgWith(OrgRole.ISSUER).users(OPERATOR, ADMIN);
    private static final AccessPolicy VERIFIER_STAFF = AccessPolicy.orgWith(OrgRole.VERIFIER).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    /**
     * Reports (or, before attestation, corrects) a project's impact over a period that has ended.
     * Periods of one project never overlap, so no tonne is counted twice.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ReportImpact(GreenLedgerContext ctx, String requestJson) {
        Caller caller = ISSUER_STAFF.check(ctx);
        ReportImpactRequest request = Requests.decode(requestJson, REPORT_IMPACT);
        GreenProject project = new ProjectRegister(ctx.ledger()).get(request.projectId());
        if (!project.issuerMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized("project " + project.projectId() + " is registered by "
                    + project.issuerMspId());
        }
        if (!request.periodEnd().isBefore(ctx.ledger().today())) {
            throw new ContractError(ErrorCode.NOT_DUE, "the period ends " + request.periodEnd()
                    + "; impact is reported after the period (transaction date " + ctx.ledger().today() + ")");
        }
        ImpactBook book = new ImpactBook(ctx.ledger());
        var earlier = book.find(project.projectId(), request.periodStart());
        if (earlier.isPresent()) {
            if (earlier.get().report().equals(request)) {
                return Json.encode(earlier.get());
            }
            if (earlier.get().attested()) {
                throw new ContractError(ErrorCode.INVALID_STATE, "the period from " + request.periodStart()
                        + " is attested; it cannot be changed");
            }
        }
        for (ImpactReport other : book.ofProject(project.projectId())) {
            ReportImpactRequest o = other.report();
            boolean overlaps = !o.periodStart().equals(request.periodStart())
                    && !o.periodStart().isAfter(request.periodEnd()) && !request.periodStart().isAfter(o.periodEnd());
            if (overlaps) {
                throw new ContractError(ErrorCode.INVALID_ARGUMENT, "the period " + request.periodStart() + ".."
                        + request.periodEnd() + " overlaps the reported period " + o.periodStart() + ".."
                        + o.periodEnd());
            }
        }
        ImpactReport report = new ImpactReport(request, caller.mspId(), ctx.ledger().now(), null, null, null);
        book.save(report);
        ctx.ledger().emit(EventType.IMPACT_REPORTED, report);
        return Json.encode(report);
    }

    /** The project's verifier attests a reported period; from then on it needs the verifier to change. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String AttestImpact(GreenLedgerContext ctx, String requestJson) {
        Caller caller = VERIFIER_STAFF.check(ctx);
        AttestImpactRequest request = Requests.decode(requestJson, ATTEST_IMPACT);
        GreenProject project = new ProjectRegister(ctx.ledger()).get(request.projectId());
        if (!project.terms().verifierMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized("project " + project.projectId() + " names "
                    + project.terms().verifierMspId() + " as its verifier");
        }
        ImpactBook book = new ImpactBook(ctx.ledger());
        ImpactReport report = book.find(project.projectId(), request.periodStart())
                .orElseThrow(() -> ContractError.notFound("impact report", project.projectId() + " "
                        + request.periodStart()));
        if (report.attested()) {
            if (request.statementHash().equals(report.statementHash())) {
                return Json.encode(report);
            }
            throw new ContractError(ErrorCode.INVALID_STATE, "the period from " + request.periodStart()
                    + " is already attested");
        }
        ImpactReport attested = report.attestedBy(caller.mspId(), request.statementHash(), ctx.ledger().now());
        book.save(attested);
        ctx.ledger().emit(EventType.IMPACT_ATTESTED, attested);
        return Json.encode(attested);
    }

    /** The project's reports, attested or not, oldest period first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListImpactReports(GreenLedgerContext ctx, String projectId) {
        MEMBER.check(ctx);
        GreenProject project = new ProjectRegister(ctx.ledger()).get(Requests.id("projectId", projectId, Check.ID));
        return Json.encode(new ImpactBook(ctx.ledger()).ofProject(project.projectId()));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetBondImpactReport(GreenLedgerContext ctx, String queryJson) {
        MEMBER.check(ctx);
        BondImpactQuery query = Requests.decode(queryJson, GET_BOND_IMPACT_REPORT);
        Bond bond = new BondRegister(ctx.ledger()).get(BondContract.validBondId(query.bondId()));
        if (bond.issue() == null) {
            throw new ContractError(ErrorCode.INVALID_STATE, "bond " + bond.bondId() + " is " + bond.status()
                    + "; it has no proceeds yet");
        }
        return Json.encode(new BondImpact(ctx.ledger()).of(bond, query));
    }
}
