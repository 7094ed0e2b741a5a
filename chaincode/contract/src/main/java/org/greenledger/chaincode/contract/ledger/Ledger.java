package org.greenledger.chaincode.contract.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.event.EventType;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * World-state access for one transaction: records as JSON under composite keys, range reads by
 * key prefix (phantom-read protected), the transaction's own time, and its one event.
 * Deterministic by construction: time is the proposal's timestamp, iteration is in key order.
 *
 * <p>Each key is fetched from the peer once per transaction: a transaction sees the state as it
 * was committed before it (never its own writes), so a second read of a key can only return the
 * same bytes, and every read is a round trip to each endorsing peer.
 */
public final class Ledger {
    private final ChaincodeStub stub;
    private final java.util.Map<String, byte[]> fetched = new java.util.HashMap<>();
    private int created;

    public Ledger(ChaincodeStub stub) {
        this.stub = stub;
    }

    /** A composite key: the record type, then its key parts. */
    public String key(String type, String... parts) {
        return stub.createCompositeKey(type, parts).toString();
    }

    public <T> Optional<T> read(String key, Class<T> type) {
        byte[] bytes = fetch(key);
        return bytes.length == 0 ? Optional.empty() : Optional.of(Json.decodeStored(bytes, type));
    }

    public boolean exists(String key) {
        return fetch(key).length > 0;
    }

    /** The key's committed bytes (empty if none), from the peer the first time only. */
    private byte[] fetch(String key) {
        return fetched.computeIfAbsent(key, k -> {
            byte[] bytes = stub.getState(k);
            return bytes == null ? new byte[0] : bytes;
        });
    }

    public void write(String key, Object record) {
        stub.putState(key, Json.encodeBytes(record));
    }

    public void delete(String key) {
        stub.delState(key);
    }

    /** Sets the key's own endorsement policy (a serialized SignaturePolicyEnvelope). */
    public void setEndorsementPolicy(String key, byte[] policy) {
        stub.setStateValidationParameter(key, policy);
    }

    /** The key's history, oldest first: every committed value and deletion, with its transaction. */
    public List<KeyChange> history(String key) {
        List<KeyChange> changes = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> rows = stub.getHistoryForKey(key)) {
            for (KeyModification row : rows) {
                changes.add(new KeyChange(row.getTxId(), row.getTimestamp(), row.isDeleted(),
                        row.isDeleted() ? null : row.getStringValue()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("history of " + key + " failed", e);
        }
        // The peer returns the newest first; a regulator reads a record's story from its start.
        java.util.Collections.reverse(changes);
        return changes;
    }

    /** One committed change of a key: its transaction, time, and the value written (null if deleted). */
    public record KeyChange(String transactionId, Instant timestamp, boolean deleted, String value) {
    }

    /** Every record of {@code type} whose key starts with {@code parts}, in key order. */
    public <T> List<T> readAll(String type, Class<T> recordType, String... parts) {
        return new ArrayList<>(readAllKeyed(type, recordType, parts).values());
    }

    /** Like {@link #readAll}, with each record's key, in key order. */
    public <T> java.util.SortedMap<String, T> readAllKeyed(String type, Class<T> recordType, String... parts) {
        java.util.SortedMap<String, T> records = new java.util.TreeMap<>();
        try (QueryResultsIterator<KeyValue> rows = stub.getStateByPartialCompositeKey(new CompositeKey(type, parts))) {
            for (KeyValue row : rows) {
                records.put(row.getKey(), Json.decodeStored(row.getValue(), recordType));
            }
        } catch (Exception e) {
            throw new IllegalStateException("range read of " + type + " failed", e);
        }
        return records;
    }

    /**
     * The next chunk of a run over records of {@code type} under {@code parts}, in key order, in
     * groups: a group is the records whose key has the same part after {@code parts} (one
     * holder's lots, one subscription). Returns the groups after {@code after} (from the first
     * when null), at most {@code max} of them, with each record's key, and whether another group
     * follows. Usable in update transactions: the read stops at the first key of the group after
     * the chunk, and Fabric checks at commit exactly the range read (phantom protection).
     *
     * <p>The range starts at the first key under {@code parts} and skips, without decoding, the
     * keys up to {@code after}: the Java shim refuses composite keys as the start of
     * {@code getStateByRange}, so a range cannot start inside the prefix. Resuming a run costs
     * reads of the keys before its cursor (batches of 100 from the peer), never writes.
     * Group keys are ids of letters, digits and {@code . _ -} ({@code Check.ID}), for which Java's
     * string order is the peer's byte order.
     */
    public <T> Chunk<T> chunkAfter(String type, Class<T> recordType, String after, int max, String... parts) {
        java.util.SortedMap<String, List<Keyed<T>>> groups = new java.util.TreeMap<>();
        try (QueryResultsIterator<KeyValue> rows = stub.getStateByPartialCompositeKey(new CompositeKey(type, parts))) {
            for (KeyValue row : rows) {
                String group = stub.splitCompositeKey(row.getKey()).getAttributes().get(parts.length);
                if (after != null && group.compareTo(after) <= 0) {
                    continue;
                }
                if (!groups.containsKey(group) && groups.size() == max) {
                    return new Chunk<>(groups, true);
                }
                groups.computeIfAbsent(group, g -> new ArrayList<>())
                        .add(new Keyed<>(row.getKey(), Json.decodeStored(row.getValue(), recordType)));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("range read of " + type + " failed", e);
        }
        return new Chunk<>(groups, false);
    }

    /** A record read with its key. */
    public record Keyed<T>(String key, T record) {
    }

    /**
     * A run's chunk: records grouped by the key part that names a holder or subscription, in key
     * order, and whether more follow.
     */
    public record Chunk<T>(java.util.SortedMap<String, List<Keyed<T>>> groups, boolean more) {
        /** The group processed last: the run's next cursor (null for an empty chunk). */
        public String last() {
            return groups.isEmpty() ? null : groups.lastKey();
        }
    }

    /** Records of {@code type} under {@code parts}, one page at a time, in key order. Read-only transactions only. */
    public <T> Page<T> page(int pageSize, String bookmark, Class<T> recordType, String type, String... parts) {
        List<T> records = new ArrayList<>();
        String next = pageOf(pageSize, bookmark, type, parts, row -> records.add(Json.decodeStored(row.getValue(), recordType)));
        return new Page<>(records, records.size() < pageSize ? "" : next);
    }

    /**
     * Records of {@code type} under {@code parts} that pass {@code filter}, one page at a time, in
     * key order. Read-only transactions only. The filter is applied as the range is walked: the page
     * is full at {@code pageSize} records, or ends with fewer when the range ends, or when
     * {@code scanLimit} records were read without filling it (its bookmark then continues the walk).
     * A page that stops inside a batch read from the peer bookmarks the first record it did not
     * look at, a key of the range, as the peer's own bookmarks are.
     */
    public <T> Page<T> page(int pageSize, String bookmark, Class<T> recordType, java.util.function.Predicate<T> filter,
            int scanLimit, String type, String... parts) {
        // Batches of up to 100 even for small pages: a narrow filter would otherwise cost a round trip per record.
        int batch = Math.max(pageSize, Math.min(100, scanLimit));
        List<T> kept = new ArrayList<>();
        String from = bookmark;
        int scanned = 0;
        while (true) {
            List<KeyValue> rows = new ArrayList<>();
            String next = pageOf(batch, from, type, parts, rows::add);
            if (rows.size() < batch) {
                next = "";
            }
            for (int i = 0; i < rows.size(); i++) {
                T record = Json.decodeStored(rows.get(i).getValue(), recordType);
                scanned++;
                if (filter.test(record)) {
                    kept.add(record);
                    if (kept.size() == pageSize) {
                        return new Page<>(kept, i + 1 < rows.size() ? Bookmarks.opaque(rows.get(i + 1).getKey()) : next);
                    }
                }
            }
            if (next.isEmpty() || scanned >= scanLimit) {
                return new Page<>(kept, next);
            }
            from = next;
        }
    }

    /** The key parts after {@code type} of keys under {@code parts}, one page at a time. */
    public Page<List<String>> keyPartsPage(int pageSize, String bookmark, String type, String... parts) {
        List<List<String>> keys = new ArrayList<>();
        String next = pageOf(pageSize, bookmark, type, parts,
                row -> keys.add(stub.splitCompositeKey(row.getKey()).getAttributes()));
        return new Page<>(keys, keys.size() < pageSize ? "" : next);
    }

    private String pageOf(int pageSize, String bookmark, String type, String[] parts,
            java.util.function.Consumer<KeyValue> each) {
        CompositeKey range = new CompositeKey(type, parts);
        String from = Bookmarks.fabricKey(bookmark, range.toString());
        try (QueryResultsIteratorWithMetadata<KeyValue> rows = stub.getStateByPartialCompositeKeyWithPagination(
                range, pageSize, from)) {
            rows.forEach(each);
            return rows.getMetadata() == null ? "" : Bookmarks.opaque(rows.getMetadata().getBookmark());
        } catch (org.hyperledger.fabric.shim.ChaincodeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("paged read of " + type + " failed", e);
        }
    }

    /** A key part after the type, counted from the first (0). */
    public String keyPart(String compositeKey, int index) {
        return stub.splitCompositeKey(compositeKey).getAttributes().get(index);
    }

    /** The transaction time as a fixed-width string that sorts in time order (for keys). */
    public String sortableTime() {
        Instant t = now();
        return String.format(Locale.ROOT, "%012d.%09d", t.getEpochSecond(), t.getNano());
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
        // Zero-padded so that ids made by one transaction sort in the order they were made.
        return stub.getTxId() + "." + String.format(Locale.ROOT, "%06d", created);
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
