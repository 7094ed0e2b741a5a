package org.greenledger.chaincode.api.governance;

import java.time.Instant;
import java.util.List;
import org.greenledger.chaincode.api.Check;

/**
 * A member organization of the consortium, identified by its MSP ID.
 *
 * @param mspId        the org's Fabric MSP ID
 * @param name         display name
 * @param roles        canonical roles (see {@link OrgRole#canonical})
 * @param registeredAt transaction time of its registration
 * @param updatedAt    transaction time of the last change of its roles
 */
public record MemberOrg(String mspId, String name, List<OrgRole> roles, Instant registeredAt, Instant updatedAt) {
    public MemberOrg {
        Check.matches("mspId", mspId, Check.MSP_ID);
        Check.text("name", name, 200);
        roles = OrgRole.canonical("roles", roles);
        Check.present("registeredAt", registeredAt);
        Check.present("updatedAt", updatedAt);
    }

    public boolean has(OrgRole role) {
        return roles.contains(role);
    }

    public MemberOrg withRoles(List<OrgRole> newRoles, Instant at) {
        return new MemberOrg(mspId, name, newRoles, registeredAt, at);
    }
}
