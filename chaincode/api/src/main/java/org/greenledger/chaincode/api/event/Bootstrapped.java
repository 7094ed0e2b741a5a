package org.greenledger.chaincode.api.event;

import java.util.List;
import org.greenledger.chaincode.api.governance.MemberOrg;

/** Governance started: the alliance and the regulator orgs as registered. */
public record Bootstrapped(List<MemberOrg> orgs) {
    public Bootstrapped {
        orgs = List.copyOf(orgs);
    }
}
