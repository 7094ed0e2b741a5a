package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.api.Transaction.LIST_CARBON_PROJECT;
import static org.greenledger.chaincode.api.Transaction.REGISTER_CARBON_PROJECT;
import static org.greenledger.chaincode.api.Transaction.REJECT_CARBON_PROJECT;
import static org.greenledger.chaincode.api.Transaction.VALIDATE_CARBON_PROJECT;
import static org.greenledger.chaincode.api.Transaction.WITHDRAW_CARBON_PROJECT;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectQuery;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.asset.CarbonProjectRegister;
import org.greenledger.chaincode.contract.proceeds.ProjectRegister;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Carbon projects: the developer's bank lists one (with the developer's account and, if a green
 * bond finances it, the green project it is), a verifier validates it, the registry registers or
 * rejects it, the bank may withdraw it before registration. Each step names its document.
 */
@Contract(name = Contracts.CARBON_PROJECTS, info = @Info(title = "GreenLedger carbon projects", version = "0.1.0"))
public final class CarbonProjectContract implements GreenLedgerContract {
    private static final AccessPolicy CUSTODIAN_STAFF = AccessPolicy.orgWith(OrgRole.CUSTODIAN).users(OPERATOR, ADMIN);
    private static final AccessPolicy VERIFIER_STAFF = AccessPolicy.orgWith(OrgRole.VERIFIER).users(OPERATOR, ADMIN);
    private static final AccessPolicy REGISTRY_STAFF = AccessPolicy.orgWith(OrgRole.REGISTRY).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ListCarbonProject(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        ListCarbonProjectRequest request = Requests.decode(requestJson, LIST_CARBON_PROJECT);
        if (Assets.exists(ctx.ledger(), request.projectId())) {
            throw ContractError.alreadyExists("asset", request.projectId());
        }
        Account developer = new AccountBook(ctx.ledger()).get(request.developerAccountId());
        if (!developer.custodianMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized("account " + developer.accountId() + " is held by "
                    + developer.custodianMspId());
        }
        if (request.greenProjectId() != null) {
            new ProjectRegister(ctx.ledger()).get(request.greenProjectId());
        }
        var now = ctx.ledger().now();
        CarbonProject project = new CarbonProject(request, caller.mspId(), CarbonProjectStatus.LISTED, null, null,
                request.documentHash(), now, now);
        new CarbonProjectRegister(ctx.ledger()).save(project);
        ctx.ledger().emit(EventType.CARBON_PROJECT_LISTED, project);
        return Json.encode(project);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ValidateCarbonProject(GreenLedgerContext ctx, String decisionJson) {
        return decide(ctx, VERIFIER_STAFF.check(ctx), VALIDATE_CARBON_PROJECT, decisionJson,
                CarbonProjectStatus.VALIDATED);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterCarbonProject(GreenLedgerContext ctx, String decisionJson) {
        return decide(ctx, REGISTRY_STAFF.check(ctx), REGISTER_CARBON_PROJECT, decisionJson,
                CarbonProjectStatus.REGISTERED);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RejectCarbonProject(GreenLedgerContext ctx, String decisionJson) {
        return decide(ctx, REGISTRY_STAFF.check(ctx), REJECT_CARBON_PROJECT, decisionJson,
                CarbonProjectStatus.REJECTED);
    }

    /** The bank that listed it withdraws it before registration. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String WithdrawCarbonProject(GreenLedgerContext ctx, String decisionJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        ProjectDecision decision = Requests.decode(decisionJson, WITHDRAW_CARBON_PROJECT);
        CarbonProject project = new CarbonProjectRegister(ctx.ledger()).get(decision.projectId());
        if (!project.listedBy().equals(caller.mspId())) {
            throw ContractError.notAuthorized("carbon project " + project.projectId() + " was listed by "
                    + project.listedBy());
        }
        return save(ctx, ContractError.enforce(() -> project.moveTo(CarbonProjectStatus.WITHDRAWN, caller.mspId(),
                decision.documentHash(), ctx.ledger().now())));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetCarbonProject(GreenLedgerContext ctx, String projectId) {
        MEMBER.check(ctx);
        return Json.encode(new CarbonProjectRegister(ctx.ledger()).get(Requests.id("projectId", projectId, Check.ID)));
    }

    /**
     * The carbon projects, a page at a time in project id order, optionally only those in one
     * status (empty for any); see {@link CarbonProjectQuery}.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String FindCarbonProjects(GreenLedgerContext ctx, String status, int pageSize, String bookmark) {
        MEMBER.check(ctx);
        CarbonProjectQuery query = ContractError.enforce(() -> new CarbonProjectQuery(
                Requests.optionalEnum("status", status, CarbonProjectStatus.class), pageSize, bookmark));
        return Json.encode(new CarbonProjectRegister(ctx.ledger()).page(query));
    }

    private static String decide(GreenLedgerContext ctx, Caller caller,
            org.greenledger.chaincode.api.Transaction<ProjectDecision, ?> transaction, String decisionJson,
            CarbonProjectStatus to) {
        ProjectDecision decision = Requests.decode(decisionJson, transaction);
        CarbonProject project = new CarbonProjectRegister(ctx.ledger()).get(decision.projectId());
        if (to == CarbonProjectStatus.VALIDATED && project.listedBy().equals(caller.mspId())) {
            throw new ContractError(ErrorCode.NOT_AUTHORIZED, "the bank that listed a project cannot validate it");
        }
        return save(ctx, ContractError.enforce(() -> project.moveTo(to, caller.mspId(), decision.documentHash(),
                ctx.ledger().now())));
    }

    private static String save(GreenLedgerContext ctx, CarbonProject project) {
        new CarbonProjectRegister(ctx.ledger()).save(project);
        ctx.ledger().emit(EventType.CARBON_PROJECT_CHANGED, project);
        return Json.encode(project);
    }
}
