package org.greenledger.chaincode.contract.governance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.contract.access.Membership;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.SignaturePolicy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;

/**
 * Key-level (state-based) endorsement policies: a record that belongs to one org's care (a
 * custodian's client holdings, a verifier's attestation) can only be changed or removed with
 * that org's endorsement.
 *
 * <p>A key-level policy replaces the chaincode's policy for that key, so it must not be weaker:
 * each policy here is a majority of the member orgs that must include the named org (the named
 * org plus a majority less one of the others). Fabric counts each endorsing org once.
 */
public final class KeyEndorsement {
    private final Ledger ledger;
    private final Map<String, byte[]> policies = new HashMap<>();
    private List<String> members;

    public KeyEndorsement(Ledger ledger) {
        this.ledger = ledger;
    }

    /** From now on, changing or deleting {@code key} needs {@code mspId}'s peer among a majority. */
    public void require(String key, String mspId) {
        ledger.setEndorsementPolicy(key, policies.computeIfAbsent(mspId, this::majorityIncluding));
    }

    private byte[] majorityIncluding(String requiredMspId) {
        if (members == null) {
            members = new Membership(ledger).memberIds();
        }
        List<String> others = new ArrayList<>(members);
        others.remove(requiredMspId);
        // A majority of all members is (members / 2 + 1); the required org is one of them.
        int othersNeeded = (others.size() + 1) / 2;
        SignaturePolicyEnvelope.Builder envelope = SignaturePolicyEnvelope.newBuilder().setVersion(0)
                .addIdentities(peerOf(requiredMspId));
        others.forEach(msp -> envelope.addIdentities(peerOf(msp)));
        SignaturePolicy required = signedBy(0);
        if (othersNeeded == 0) {
            return envelope.setRule(required).build().toByteArray();
        }
        SignaturePolicy.NOutOf.Builder fromOthers = SignaturePolicy.NOutOf.newBuilder().setN(othersNeeded);
        for (int i = 1; i <= others.size(); i++) {
            fromOthers.addRules(signedBy(i));
        }
        SignaturePolicy both = SignaturePolicy.newBuilder().setNOutOf(SignaturePolicy.NOutOf.newBuilder().setN(2)
                .addRules(required).addRules(SignaturePolicy.newBuilder().setNOutOf(fromOthers))).build();
        return envelope.setRule(both).build().toByteArray();
    }

    private static SignaturePolicy signedBy(int identity) {
        return SignaturePolicy.newBuilder().setSignedBy(identity).build();
    }

    private static MSPPrincipal peerOf(String mspId) {
        MSPRole role = MSPRole.newBuilder().setMspIdentifier(mspId).setRole(MSPRole.MSPRoleType.PEER).build();
        return MSPPrincipal.newBuilder().setPrincipalClassification(MSPPrincipal.Classification.ROLE)
                .setPrincipal(role.toByteString()).build();
    }
}
