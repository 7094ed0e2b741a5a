package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.event.Bootstrapped;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;

final class GovernanceFacade implements Governance {
    private final Invoker invoker;

    GovernanceFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Bootstrapped bootstrap(BootstrapRequest request) {
        return invoker.call(Transaction.BOOTSTRAP, request);
    }

    @Override
    public MemberOrg registerOrg(RegisterOrgRequest request) {
        return invoker.call(Transaction.REGISTER_ORG, request);
    }

    @Override
    public RoleChangeProposal proposeRoleChange(RoleChangeRequest request) {
        return invoker.call(Transaction.PROPOSE_ROLE_CHANGE, request);
    }

    @Override
    public MemberOrg approveRoleChange(String proposalId) {
        return invoker.call(Transaction.APPROVE_ROLE_CHANGE, proposalId);
    }

    @Override
    public MemberOrg org(String mspId) {
        return invoker.call(Transaction.GET_ORG, mspId);
    }

    @Override
    public List<MemberOrg> orgs() {
        return invoker.call(Transaction.LIST_ORGS);
    }

    @Override
    public RoleChangeProposal roleChange(String proposalId) {
        return invoker.call(Transaction.GET_ROLE_CHANGE, proposalId);
    }
}
