package org.greenledger.client;

import org.greenledger.chaincode.api.Transaction;

/**
 * Step 2, from {@link OfflineSigning#endorse}: the endorsed transaction, whose {@link #digest()}
 * the key holder signs before {@link OfflineSigning#submit} sends it to the orderers. The chaincode's result is already known, though not yet committed.
 *
 * @param transactionId the Fabric transaction id
 * @param transaction   what it invokes
 * @param bytes         the serialized transaction envelope, handed back with the signature
 * @param digest        what to sign
 * @param result        the chaincode's JSON result as endorsed
 */
public record UnsignedTransaction(String transactionId, Transaction<?, ?> transaction, byte[] bytes, byte[] digest,
        byte[] result) {
}
