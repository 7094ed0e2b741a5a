package org.greenledger.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * What the blocks committed during a workload hold: each transaction's validation code (so
 * invalidated attempts that the SDK retried are counted too), its size, and the size of its
 * read/write set in the chaincode's namespace.
 */
final class Blocks {
    /** Totals over the transactions of a range of blocks. */
    record Tally(long transactions, Map<String, Long> invalid, long bytes, long reads, long rangeReads, long writes,
            long metadataWrites, Map<String, Long> parts, long maxBytes) {
        private double per(long total) {
            return transactions == 0 ? 0 : (double) total / transactions;
        }

        double bytesPerTx() {
            return per(bytes);
        }

        double readsPerTx() {
            return per(reads);
        }

        double rangeReadsPerTx() {
            return per(rangeReads);
        }

        double writesPerTx() {
            return per(writes);
        }

        double metadataWritesPerTx() {
            return per(metadataWrites);
        }

        /** Bytes per transaction of each part: the proposal's input, the read/write set, the response, the event, the endorsements. */
        Map<String, Long> partsPerTx() {
            Map<String, Long> each = new java.util.LinkedHashMap<>();
            parts.forEach((part, total) -> each.put(part, Math.round(per(total))));
            return each;
        }
    }

    private Blocks() {
    }

    /** Reads blocks {@code from} (inclusive) to {@code to} (exclusive) of the peer behind {@code network}. */
    static Tally tally(Network network, String namespace, long from, long to) throws InvalidProtocolBufferException {
        long transactions = 0;
        long bytes = 0;
        long reads = 0;
        long rangeReads = 0;
        long writes = 0;
        long metadataWrites = 0;
        long maxBytes = 0;
        Map<String, Long> invalid = new TreeMap<>();
        Map<String, Long> parts = new java.util.LinkedHashMap<>();
        if (to <= from) {
            return new Tally(0, invalid, 0, 0, 0, 0, 0, parts, 0);
        }
        try (CloseableIterator<Block> blocks = network.newBlockEventsRequest().startBlock(from).build().getEvents()) {
            while (blocks.hasNext()) {
                Block block = blocks.next();
                byte[] codes = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).toByteArray();
                for (int i = 0; i < block.getData().getDataCount(); i++) {
                    Envelope envelope = Envelope.parseFrom(block.getData().getData(i));
                    Payload payload = Payload.parseFrom(envelope.getPayload());
                    ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
                    if (header.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
                        continue;
                    }
                    KVRWSet set = rwSet(payload, namespace, parts);
                    if (set == null) {
                        continue;
                    }
                    transactions++;
                    TxValidationCode code = TxValidationCode.forNumber(codes[i]);
                    if (code != TxValidationCode.VALID) {
                        invalid.merge(code == null ? "CODE_" + codes[i] : code.name(), 1L, Long::sum);
                    }
                    bytes += block.getData().getData(i).size();
                    maxBytes = Math.max(maxBytes, block.getData().getData(i).size());
                    reads += set.getReadsCount();
                    rangeReads += set.getRangeQueriesInfoCount();
                    writes += set.getWritesCount();
                    metadataWrites += set.getMetadataWritesCount();
                }
                if (block.getHeader().getNumber() >= to - 1) {
                    break;
                }
            }
        }
        return new Tally(transactions, invalid, bytes, reads, rangeReads, writes, metadataWrites, parts, maxBytes);
    }

    /** The transaction's read/write set in {@code namespace}, or null if it has none there. */
    private static KVRWSet rwSet(Payload payload, String namespace, Map<String, Long> parts)
            throws InvalidProtocolBufferException {
        Transaction transaction = Transaction.parseFrom(payload.getData());
        for (TransactionAction action : transaction.getActionsList()) {
            ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(action.getPayload());
            ProposalResponsePayload response = ProposalResponsePayload.parseFrom(
                    actionPayload.getAction().getProposalResponsePayload());
            ChaincodeAction chaincodeAction = ChaincodeAction.parseFrom(response.getExtension());
            TxReadWriteSet rwSet = TxReadWriteSet.parseFrom(chaincodeAction.getResults());
            for (NsReadWriteSet ns : rwSet.getNsRwsetList()) {
                if (ns.getNamespace().equals(namespace)) {
                    parts.merge("header", (long) payload.getHeader().getSerializedSize(), Long::sum);
                    parts.merge("input", (long) actionPayload.getChaincodeProposalPayload().size(), Long::sum);
                    parts.merge("rwset", (long) chaincodeAction.getResults().size(), Long::sum);
                    parts.merge("response", (long) chaincodeAction.getResponse().getSerializedSize(), Long::sum);
                    parts.merge("event", (long) chaincodeAction.getEvents().size(), Long::sum);
                    parts.merge("endorsements", (long) actionPayload.getAction().getEndorsementsList().stream()
                            .mapToInt(e -> e.getSerializedSize()).sum(), Long::sum);
                    return KVRWSet.parseFrom(ns.getRwset());
                }
            }
        }
        return null;
    }
}
