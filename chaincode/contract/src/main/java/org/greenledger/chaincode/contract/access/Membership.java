package org.greenledger.chaincode.contract.access;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.ledger.Ledger;

/** The member orgs and role-change proposals in world state. */
public final class Membership {
    private static final String ORG = "org";
    private static final String ROLE_CHANGE = "roleChange";
    private static final String GOVERNANCE = "governance";

    private final Ledger ledger;

    public Membership(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<MemberOrg> find(String mspId) {
        return ledger.read(ledger.key(ORG, mspId), MemberOrg.class);
    }

    /**
     * Checks that a request names a member org holding {@code role} (a reviewer, a verifier).
     *
     * @throws ContractError INVALID_ARGUMENT naming {@code field} otherwise
     */
    public void requireRole(String field, String mspId, OrgRole role) {
        if (find(mspId).map(o -> o.has(role)).orElse(false)) {
            return;
        }
        throw new ContractError(ErrorCode.INVALID_ARGUMENT, field + " " + mspId + " is not a member org with the "
                + role + " role");
    }

    public List<MemberOrg> all() {
        return ledger.readAll(ORG, MemberOrg.class);
    }

    /**
     * The member orgs' MSP IDs, in order, from one key that only governance writes: every holding
     * lot's key-level policy is built from them, and one point read costs a transfer far less than
     * a range read over the orgs (which each peer would also re-run to validate it). A ledger
     * written before the list existed falls back to the range read until the next registration.
     */
    public List<String> memberIds() {
        return ledger.read(membersKey(), String[].class).map(List::of)
                .orElseGet(() -> all().stream().map(MemberOrg::mspId).toList());
    }

    /**
     * Writes the orgs and, if any is new, the member list. Orgs saved in one transaction go in
     * one call: a transaction does not read its own writes, so a second call would rebuild the
     * list from what was committed and lose the first call's org.
     */
    public void save(MemberOrg... orgs) {
        List<String> ids = memberIds();
        java.util.SortedSet<String> updated = new java.util.TreeSet<>(ids);
        for (MemberOrg org : orgs) {
            ledger.write(ledger.key(ORG, org.mspId()), org);
            updated.add(org.mspId());
        }
        if (updated.size() != ids.size()) {
            ledger.write(membersKey(), updated.toArray(String[]::new));
        }
    }

    private String membersKey() {
        return ledger.key(GOVERNANCE, "members");
    }

    public boolean isBootstrapped() {
        return ledger.exists(bootstrapKey());
    }

    /** Written once; later bootstrap attempts read it (and conflict if they race the first). */
    public void markBootstrapped(String allianceMspId) {
        ledger.write(bootstrapKey(), allianceMspId);
    }

    public Optional<RoleChangeProposal> findProposal(String proposalId) {
        return ledger.read(ledger.key(ROLE_CHANGE, proposalId), RoleChangeProposal.class);
    }

    public void save(RoleChangeProposal proposal) {
        ledger.write(ledger.key(ROLE_CHANGE, proposal.proposalId()), proposal);
    }

    /** How many member orgs, other than {@code except}, hold {@code role}. */
    public long countWith(OrgRole role, String except) {
        return all().stream().filter(o -> o.has(role) && !o.mspId().equals(except)).count();
    }

    private String bootstrapKey() {
        return ledger.key(GOVERNANCE, "bootstrap");
    }
}
