package org.greenledger.client;

import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Proposal;

/**
 * The last step before a proposal is sent: as built (signed by the connection's signer when it
 * is sent), or rebuilt and signed by whoever holds the key, through
 * {@link Gateway#newSignedProposal(byte[], byte[])}.
 */
@FunctionalInterface
interface ProposalPreparation {
    ProposalPreparation AS_BUILT = (gateway, proposal) -> proposal;

    Proposal prepare(Gateway gateway, Proposal built);
}
