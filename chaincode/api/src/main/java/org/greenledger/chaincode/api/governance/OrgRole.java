package org.greenledger.chaincode.api.governance;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.greenledger.chaincode.api.Check;

/** What a member organization does in the consortium. An org may hold several roles. */
public enum OrgRole {
    /** Operates the registry (the on-chain economic alliance): governs membership, approves bonds. */
    REGISTRY,
    /** Issues green bonds (and deposit tokens). */
    ISSUER,
    /** Holds investors' accounts and their holdings. */
    CUSTODIAN,
    /** External reviewer of green bond frameworks; verification body for carbon credits. */
    VERIFIER,
    /** The financial regulator of the sandbox. */
    REGULATOR;

    /**
     * The roles as a canonical list: distinct, in declaration order, never empty. Canonical so
     * that the same set always serializes to the same bytes on every endorser.
     */
    public static List<OrgRole> canonical(String field, Collection<OrgRole> roles) {
        Check.notEmpty(field, roles);
        return List.copyOf(EnumSet.copyOf(roles));
    }
}
