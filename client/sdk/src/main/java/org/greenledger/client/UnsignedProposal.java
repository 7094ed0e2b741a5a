package org.greenledger.client;

import org.greenledger.chaincode.api.Transaction;

/**
 * Step 1 of an offline-signed transaction, from {@link OfflineSigning#prepare}: a proposal whose
 * {@link #digest()} the key holder signs; the signature goes to {@link OfflineSigning#endorse} for a
 * write or {@link OfflineSigning#evaluate} for a read.
 *
 * @param transactionId the Fabric transaction id, fixed from here on
 * @param transaction   what it invokes
 * @param bytes         the serialized proposal, handed back with the signature
 * @param digest        what to sign (SHA-256 of the proposal)
 */
public record UnsignedProposal(String transactionId, Transaction<?, ?> transaction, byte[] bytes, byte[] digest) {
}
