package org.greenledger.chaincode.api.governance;

import java.util.List;
import org.greenledger.chaincode.api.Check;

/** Registers a new member org with its roles (the alliance admin's decision). */
public record RegisterOrgRequest(String mspId, String name, List<OrgRole> roles) {
    public RegisterOrgRequest {
        Check.matches("mspId", mspId, Check.MSP_ID);
        Check.text("name", name, 200);
        roles = OrgRole.canonical("roles", roles);
    }
}
