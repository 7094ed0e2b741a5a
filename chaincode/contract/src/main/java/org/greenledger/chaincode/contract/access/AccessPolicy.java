package org.greenledger.chaincode.contract.access;

import java.util.EnumSet;
import java.util.Set;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.UserRole;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;

/**
 * What a transaction requires of its caller, stated once beside the transaction: the caller's
 * {@code gl.role}, and that its org is a registered member, optionally holding an org role.
 * The one place where access is decided; contracts never read certificates themselves.
 */
public final class AccessPolicy {
    /** The org must hold one of these; empty for any member (or any org, when no membership is required). */
    private final Set<OrgRole> orgRoles;
    private final boolean memberRequired;
    private final Set<UserRole> userRoles;

    private AccessPolicy(Set<OrgRole> orgRoles, boolean memberRequired, Set<UserRole> userRoles) {
        this.orgRoles = orgRoles;
        this.memberRequired = memberRequired;
        this.userRoles = userRoles;
    }

    /** A user of a registered member org holding {@code role}. */
    public static AccessPolicy orgWith(OrgRole role) {
        return new AccessPolicy(EnumSet.of(role), true, EnumSet.allOf(UserRole.class));
    }

    /** A user of a registered member org holding at least one of the roles. */
    public static AccessPolicy orgWithAnyOf(OrgRole first, OrgRole... more) {
        return new AccessPolicy(EnumSet.of(first, more), true, EnumSet.allOf(UserRole.class));
    }

    /** A user of any registered member org. */
    public static AccessPolicy anyMember() {
        return new AccessPolicy(EnumSet.noneOf(OrgRole.class), true, EnumSet.allOf(UserRole.class));
    }

    /** A user of any org of the channel, registered or not (only governance bootstrap needs this). */
    public static AccessPolicy anyChannelOrg() {
        return new AccessPolicy(EnumSet.noneOf(OrgRole.class), false, EnumSet.allOf(UserRole.class));
    }

    /** The same policy, limited to users with one of {@code roles}. */
    public AccessPolicy users(UserRole first, UserRole... more) {
        return new AccessPolicy(orgRoles, memberRequired, EnumSet.of(first, more));
    }

    /**
     * Checks the caller against this policy.
     *
     * @return the caller
     * @throws ContractError NOT_AUTHORIZED, naming what was missing
     */
    public Caller check(GreenLedgerContext ctx) {
        Caller caller = ctx.caller();
        UserRole role = caller.userRole().orElseThrow(() -> ContractError.notAuthorized(
                "the caller's certificate has no valid " + UserRole.ATTRIBUTE + " attribute"));
        if (!userRoles.contains(role)) {
            throw ContractError.notAuthorized("requires " + UserRole.ATTRIBUTE + " in " + userRoles + ", caller has "
                    + role);
        }
        if (memberRequired) {
            MemberOrg org = new Membership(ctx.ledger()).find(caller.mspId()).orElseThrow(
                    () -> ContractError.notAuthorized(caller.mspId() + " is not a registered member org"));
            if (!orgRoles.isEmpty() && orgRoles.stream().noneMatch(org::has)) {
                throw ContractError.notAuthorized("requires an org with role "
                        + (orgRoles.size() == 1 ? orgRoles.iterator().next() : "in " + orgRoles) + ", "
                        + caller.mspId() + " has " + org.roles());
            }
        }
        return caller;
    }
}
