package org.greenledger.chaincode.contract.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.event.EventType;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * World-state access for one transaction: records as JSON under composite keys, range reads by
 * key prefix (phantom-read protected), the transaction's own time, and its one event.
 * Deterministic by construction: time is the proposal's timestamp, iteration is in key order.
 */
public final class Ledger {
    private final ChaincodeStub stub;
    private int created;

    public Ledger(ChaincodeStub stub) {
        this.stub = stub;
    }

    /** A composite key: the record type, then its key parts. */
    public String key(String type, String... parts) {
        return stub.createCompositeKey(type, parts).toString();
    }

    public <T> Optional<T> read(String key, Class<T> type) {
        byte[] bytes = stub.getState(key);
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(Json.decode(bytes, type));
    }

    public boolean exists(String key) {
        byte[] bytes = stub.getState(key);
        return bytes != null && bytes.length > 0;
    }

    public void write(String key, Object record) {
        stub.putState(key, Json.encodeBytes(record));
    }

    public void delete(String key) {
        stub.delState(key);
    }

    /** Every record of {@code type} whose key starts with {@code parts}, in key order. */
    public <T> List<T> readAll(String type, Class<T> recordType, String... parts) {
        List<T> records = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> rows = stub.getStateByPartialCompositeKey(new CompositeKey(type, parts))) {
            for (KeyValue row : rows) {
                records.add(Json.decode(row.getValue(), recordType));
            }
        } catch (Exception e) {
            throw new IllegalStateException("range read of " + type + " failed", e);
        }
        return records;
    }

    /** Like {@link #readAll}, with each record's key, in key order. */
    public <T> java.util.SortedMap<String, T> readAllKeyed(String type, Class<T> recordType, String... parts) {
        java.util.SortedMap<String, T> records = new java.util.TreeMap<>();
        try (QueryResultsIterator<KeyValue> rows = stub.getStateByPartialCompositeKey(new CompositeKey(type, parts))) {
            for (KeyValue row : rows) {
                records.put(row.getKey(), Json.decode(row.getValue(), recordType));
            }
        } catch (Exception e) {
            throw new IllegalStateException("range read of " + type + " failed", e);
        }
        return records;
    }

    /** The keys (last key part) of {@code type} under {@code parts}, one page at a time. Read-only transactions only. */
    public Page<String> keyPage(int pageSize, String bookmark, String type, String... parts) {
        List<String> ids = new ArrayList<>();
        String next;
        try (QueryResultsIteratorWithMetadata<KeyValue> rows = stub.getStateByPartialCompositeKeyWithPagination(
                new CompositeKey(type, parts), pageSize, bookmark == null ? "" : bookmark)) {
            for (KeyValue row : rows) {
                List<String> attributes = stub.splitCompositeKey(row.getKey()).getAttributes();
                ids.add(attributes.get(attributes.size() - 1));
            }
            next = rows.getMetadata() == null ? "" : rows.getMetadata().getBookmark();
        } catch (Exception e) {
            throw new IllegalStateException("paged read of " + type + " failed", e);
        }
        // A full page may still be the last one; an empty bookmark says so only for a short page.
        return new Page<>(ids, ids.size() < pageSize ? "" : next);
    }

    /** The transaction's timestamp, chosen by the client and the same on every endorser. */
    public Instant now() {
        return stub.getTxTimestamp();
    }

    /** The transaction's date in UTC, for rules stated in days (KYC expiry). */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    public String txId() {
        return stub.getTxId();
    }

    /** An id for a record this transaction creates: unique across transactions, the same on every endorser. */
    public String newId() {
        created++;
        return stub.getTxId() + "." + created;
    }

    /** Sets the transaction's event (Fabric keeps one per transaction). */
    public void emit(EventType type, Object payload) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName());
        }
        stub.setEvent(type.eventName(), Json.encodeBytes(payload));
    }

    /** One page of results and the bookmark of the next (empty at the end). */
    public record Page<T>(List<T> items, String bookmark) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
