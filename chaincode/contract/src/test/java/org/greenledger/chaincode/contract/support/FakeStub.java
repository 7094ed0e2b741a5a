package org.greenledger.chaincode.contract.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * One transaction's view of an in-memory world state, with Fabric's semantics: reads see the
 * committed state (not the transaction's own writes), writes are collected and applied by
 * {@link TestLedger} only if the transaction succeeds, and one event is kept.
 */
final class FakeStub implements ChaincodeStub {
    private final NavigableMap<String, byte[]> committed;
    private final Map<String, byte[]> writes = new LinkedHashMap<>();
    private final Map<String, byte[]> policyWrites = new LinkedHashMap<>();
    private final Map<String, byte[]> committedPolicies;
    private final Map<String, List<KeyModification>> history;
    private final String txId;
    private final Instant timestamp;
    private final TestIdentity creator;
    private ChaincodeEvent event;
    /** What the transaction returned (set by the ledger that ran it). */
    String result;
    /** The messages this transaction sent the peer, by kind: each is a round trip on a real peer. */
    private final Map<String, Integer> calls = new java.util.TreeMap<>();
    /** What the transaction read, as a peer records it for validation: keys, and range prefixes. */
    private final java.util.Set<String> keysRead = new java.util.TreeSet<>();
    private final java.util.Set<String> rangesRead = new java.util.TreeSet<>();

    FakeStub(NavigableMap<String, byte[]> committed, Map<String, byte[]> committedPolicies,
            Map<String, List<KeyModification>> history, String txId, Instant timestamp, TestIdentity creator) {
        this.committed = committed;
        this.committedPolicies = committedPolicies;
        this.history = history;
        this.txId = txId;
        this.timestamp = timestamp;
        this.creator = creator;
    }

    Map<String, byte[]> writes() {
        return writes;
    }

    Map<String, Integer> calls() {
        return calls;
    }

    java.util.Set<String> keysRead() {
        return keysRead;
    }

    java.util.Set<String> rangesRead() {
        return rangesRead;
    }

    private void count(String call) {
        calls.merge(call, 1, Integer::sum);
    }

    Map<String, byte[]> policyWrites() {
        return policyWrites;
    }

    ChaincodeEvent event() {
        return event;
    }

    @Override
    public byte[] getState(String key) {
        count("GetState");
        keysRead.add(key);
        return committed.get(key);
    }

    @Override
    public void putState(String key, byte[] value) {
        count("PutState");
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("Fabric rejects empty values");
        }
        writes.put(key, value.clone());
    }

    @Override
    public void delState(String key) {
        count("DelState");
        writes.put(key, null);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey key) {
        count("GetStateByRange");
        rangesRead.add(key.toString());
        List<KeyValue> rows = rowsFrom(key.toString(), key.toString(), Integer.MAX_VALUE);
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<KeyValue> iterator() {
                return rows.iterator();
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        return getStateByPartialCompositeKey(new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        return getStateByPartialCompositeKey(CompositeKey.parseCompositeKey(compositeKey));
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey key, int pageSize, String bookmark) {
        String prefix = key.toString();
        String start = bookmark == null || bookmark.isEmpty() ? prefix : bookmark;
        List<KeyValue> rows = rowsFrom(prefix, start, pageSize + 1);
        String next = "";
        if (rows.size() > pageSize) {
            next = rows.remove(pageSize).getKey();
        }
        return iterator(rows, QueryResponseMetadata.newBuilder().setFetchedRecordsCount(rows.size()).setBookmark(next).build());
    }

    private List<KeyValue> rowsFrom(String prefix, String start, int limit) {
        List<KeyValue> rows = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : committed.tailMap(start, true).entrySet()) {
            if (!e.getKey().startsWith(prefix) || rows.size() == limit) {
                break;
            }
            rows.add(new Row(e.getKey(), e.getValue()));
        }
        return rows;
    }

    private static QueryResultsIteratorWithMetadata<KeyValue> iterator(List<KeyValue> rows, QueryResponseMetadata metadata) {
        return new QueryResultsIteratorWithMetadata<>() {
            @Override
            public Iterator<KeyValue> iterator() {
                return rows.iterator();
            }

            @Override
            public QueryResponseMetadata getMetadata() {
                return metadata;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        event = ChaincodeEvent.newBuilder().setEventName(name)
                .setPayload(com.google.protobuf.ByteString.copyFrom(payload)).build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    @Override
    public String getTxId() {
        return txId;
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    @Override
    public byte[] getCreator() {
        return creator.creator();
    }

    @Override
    public String getMspId() {
        return creator.mspId();
    }

    @Override
    public String getChannelId() {
        return "greenledger";
    }

    private record Row(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }

    // What GreenLedger does not use is refused, so a test cannot pass by accident through it.

    @Override
    public List<byte[]> getArgs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> getStringArgs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getFunction() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> getParameters() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Chaincode.Response invokeChaincode(String name, List<byte[]> args, String channel) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        return committedPolicies.get(key);
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        count("PutStateMetadata");
        policyWrites.put(key, value.clone());
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(String startKey, String endKey,
            int pageSize, String bookmark) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(String query, int pageSize,
            String bookmark) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        // Like the peer: newest first.
        List<KeyModification> changes = new ArrayList<>(history.getOrDefault(key, List.of()));
        java.util.Collections.reverse(changes);
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<KeyModification> iterator() {
                return changes.iterator();
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, CompositeKey key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String objectType,
            String... attributes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SignedProposal getSignedProposal() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] getBinding() {
        throw new UnsupportedOperationException();
    }
}
