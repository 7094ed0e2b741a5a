package org.greenledger.chaincode.api.governance;

import java.util.List;
import org.greenledger.chaincode.api.Check;

/** Proposes new roles for a registered org; takes effect once the regulator approves. */
public record RoleChangeRequest(String mspId, List<OrgRole> roles) {
    public RoleChangeRequest {
        Check.matches("mspId", mspId, Check.MSP_ID);
        roles = OrgRole.canonical("roles", roles);
    }
}
