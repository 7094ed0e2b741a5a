package org.greenledger.client;

import java.lang.reflect.Type;
import org.greenledger.chaincode.api.Transaction;

/**
 * Transactions whose signatures are made outside the SDK (an HSM, a signing service, a hardware
 * wallet): the SDK builds each message and hands over its digest; the key holder signs it with
 * the identity's private key (ECDSA over the digest, as fabric-gateway's signers do); the SDK
 * sends the signed message. Works on a connection that holds no key
 * ({@link GreenLedger#connectWithoutKey}); who may call a transaction is decided by the
 * chaincode, exactly as for the facades.
 *
 * <p>The steps are explicit: {@link #prepare}, {@link #endorse}, {@link #submit} (returns once
 * the orderers have the transaction: the asynchronous submit) and {@link #awaitCommit}; a read is
 * {@link #prepare} then {@link #evaluate}. Nothing here is sent again by the SDK: a caller that
 * loses a read conflict prepares the transaction again (with the same request id, for a
 * replay-safe write).
 *
 * <pre>{@code
 * OfflineSigning offline = ledger.offline();
 * UnsignedProposal proposal = offline.prepare(Transaction.TRANSFER, transferRequest);
 * UnsignedTransaction endorsed = offline.endorse(proposal, hsm.sign(proposal.digest()));
 * UnsignedCommit sent = offline.submit(endorsed, hsm.sign(endorsed.digest()));
 * UnitsMoved moved = offline.awaitCommit(sent, hsm.sign(sent.digest()), UnitsMoved.class);
 * }</pre>
 */
public interface OfflineSigning {
    /**
     * Builds the proposal of {@code transaction} with {@code request} as the catalog sends it;
     * nothing is sent.
     *
     * @param <Q>         the transaction's request type
     * @param transaction the catalog entry to invoke, a write or a read
     * @param request     its request (for a read by id, the id)
     * @return the proposal, its transaction id fixed, and the digest to sign
     */
    <Q> UnsignedProposal prepare(Transaction<Q, ?> transaction, Q request);

    /**
     * Sends the signed proposal to the endorsers the Gateway picks.
     *
     * @param proposal  the proposal from {@link #prepare}
     * @param signature the key holder's signature of {@code proposal.digest()}
     * @return the endorsed transaction, with its result and the digest to sign
     * @throws RejectedException    if the chaincode refused it; {@link RejectedException#code()}
     *                              says why
     * @throws GreenLedgerException if the Gateway could not be reached or the endorsement failed
     *                              for another reason
     */
    UnsignedTransaction endorse(UnsignedProposal proposal, byte[] signature);

    /**
     * Evaluates a signed read proposal on one peer and decodes its result.
     *
     * @param <T>        the result's type
     * @param proposal   the proposal of a read, from {@link #prepare}
     * @param signature  the key holder's signature of {@code proposal.digest()}
     * @param resultType the record type (or a generic type, for a list) to decode the JSON into
     * @return the decoded result
     * @throws RejectedException if the chaincode refused it
     */
    <T> T evaluate(UnsignedProposal proposal, byte[] signature, Type resultType);

    /**
     * Sends the signed transaction to the orderers and returns at once (the asynchronous submit).
     *
     * @param transaction the endorsed transaction, from {@link #endorse}
     * @param signature   the key holder's signature of {@code transaction.digest()}
     * @return the commit to wait for, with the digest to sign for asking its status
     * @throws GreenLedgerException if the orderers did not accept it
     */
    UnsignedCommit submit(UnsignedTransaction transaction, byte[] signature);

    /**
     * Waits for the commit and decodes the result that was endorsed.
     *
     * @param <T>        the result's type
     * @param commit     the submitted transaction, from {@link #submit}
     * @param signature  the key holder's signature of {@code commit.digest()}
     * @param resultType the record type to decode the JSON result into
     * @return the decoded result, now committed
     * @throws NotCommittedException if the peers invalidated the transaction (for example a read
     *                               conflict); its validation code says why
     */
    <T> T awaitCommit(UnsignedCommit commit, byte[] signature, Type resultType);
}
