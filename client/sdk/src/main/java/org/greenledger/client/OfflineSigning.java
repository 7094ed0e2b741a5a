package org.greenledger.client;

import java.lang.reflect.Type;
import org.greenledger.chaincode.api.Transaction;

/**
 * Transactions whose signatures are made outside the SDK (an HSM, a signing service, a hardware
 * wallet): the SDK builds each message and hands over its digest; the key holder signs it with
 * the identity's private key (ECDSA over the digest, as fabric-gateway's signers do); the SDK
 * sends the signed message. Works on a connection that holds no key
 * ({@link GreenLedger#connectWithoutKey}).
 *
 * <pre>{@code
 * OfflineSigning offline = ledger.offline();
 * UnsignedProposal proposal = offline.prepare(Transaction.TRANSFER, Json.encode(transferRequest));
 * UnsignedTransaction endorsed = offline.endorse(proposal, hsm.sign(proposal.digest()));
 * UnsignedCommit sent = offline.submit(endorsed, hsm.sign(endorsed.digest()));
 * UnitsMoved moved = offline.awaitCommit(sent, hsm.sign(sent.digest()), UnitsMoved.class);
 * }</pre>
 */
public interface OfflineSigning {
    /** Builds the proposal of {@code transaction} with its arguments (the JSON of the api records, or ids). */
    UnsignedProposal prepare(Transaction transaction, String... arguments);

    /** Sends the signed proposal to the endorsers; a refusal is a {@link RejectedException} with its code. */
    UnsignedTransaction endorse(UnsignedProposal proposal, byte[] signature);

    /** Evaluates a signed read proposal on one peer and decodes its result. */
    <T> T evaluate(UnsignedProposal proposal, byte[] signature, Type resultType);

    /** Sends the signed transaction to the orderers and returns at once (asynchronous submit). */
    UnsignedCommit submit(UnsignedTransaction transaction, byte[] signature);

    /**
     * Waits for the commit and decodes the result.
     *
     * @throws NotCommittedException if the peers invalidated the transaction
     */
    <T> T awaitCommit(UnsignedCommit commit, byte[] signature, Type resultType);
}
