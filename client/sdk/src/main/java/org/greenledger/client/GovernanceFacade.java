package org.greenledger.client;

import com.google.gson.reflect.TypeToken;
import java.util.List;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.event.Bootstrapped;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;

final class GovernanceFacade implements Governance {
    private static final java.lang.reflect.Type ORG_LIST = new TypeToken<List<MemberOrg>>() { }.getType();

    private final Invoker invoker;

    GovernanceFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Bootstrapped bootstrap(BootstrapRequest request) {
        return invoker.call(Transaction.BOOTSTRAP, Bootstrapped.class, Json.encode(request));
    }

    @Override
    public MemberOrg registerOrg(RegisterOrgRequest request) {
        return invoker.call(Transaction.REGISTER_ORG, MemberOrg.class, Json.encode(request));
    }

    @Override
    public RoleChangeProposal proposeRoleChange(RoleChangeRequest request) {
        return invoker.call(Transaction.PROPOSE_ROLE_CHANGE, RoleChangeProposal.class, Json.encode(request));
    }

    @Override
    public MemberOrg approveRoleChange(String proposalId) {
        return invoker.call(Transaction.APPROVE_ROLE_CHANGE, MemberOrg.class, proposalId);
    }

    @Override
    public MemberOrg org(String mspId) {
        return invoker.call(Transaction.GET_ORG, MemberOrg.class, mspId);
    }

    @Override
    public List<MemberOrg> orgs() {
        return invoker.call(Transaction.LIST_ORGS, ORG_LIST);
    }

    @Override
    public RoleChangeProposal roleChange(String proposalId) {
        return invoker.call(Transaction.GET_ROLE_CHANGE, RoleChangeProposal.class, proposalId);
    }
}
