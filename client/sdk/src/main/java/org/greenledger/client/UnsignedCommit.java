package org.greenledger.client;

import org.greenledger.chaincode.api.Transaction;

/**
 * Step 3, from {@link OfflineSigning#submit}: the transaction was sent to the orderers; signing
 * {@link #digest()} authorises {@link OfflineSigning#awaitCommit} to ask the peer whether it
 * committed.
 *
 * @param transactionId the Fabric transaction id
 * @param transaction   what it invokes
 * @param bytes         the serialized commit-status request, handed back with the signature
 * @param digest        what to sign
 * @param result        the chaincode's JSON result as endorsed
 */
public record UnsignedCommit(String transactionId, Transaction<?, ?> transaction, byte[] bytes, byte[] digest,
        byte[] result) {
}
