package org.greenledger.chaincode.contract.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.shim.ledger.KeyModification;

/**
 * An in-memory world state that runs contract transactions one at a time, as a peer would
 * commit them: a transaction's writes and its event count only if it returns normally.
 */
public final class TestLedger {
    private final TreeMap<String, byte[]> state = new TreeMap<>();
    private final List<ChaincodeEvent> events = new ArrayList<>();
    private final Map<String, byte[]> policies = new TreeMap<>();
    private final Map<String, List<KeyModification>> history = new TreeMap<>();
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private int transactions;
    /** Writes applied by committed transactions: a read must leave it as it was. */
    private long writesApplied;
    /** The stub of the transaction run last, with what it wrote whether or not it was committed. */
    private FakeStub lastStub;
    /** What the last committed transaction changed: per key, the value before and after (null: none). */
    private Map<String, KeyChange> lastChanges = Map.of();

    /** A key's value before and after one transaction (null where there was none). */
    public record KeyChange(byte[] before, byte[] after) {
    }

    /**
     * The messages the last transaction sent the peer, by kind (GetState, GetStateByRange,
     * PutState, DelState, PutStateMetadata): on a real network each is a round trip between the
     * chaincode and every endorsing peer.
     */
    public Map<String, Integer> lastCalls() {
        return Map.copyOf(lastStub.calls());
    }

    /** The keys and range prefixes the last transaction read, readable (the separator as '/'). */
    public List<String> lastReads() {
        List<String> reads = new ArrayList<>();
        lastStub.keysRead().forEach(k -> reads.add(k.replace('\u0000', '/')));
        lastStub.rangesRead().forEach(k -> reads.add("range " + k.replace('\u0000', '/')));
        return reads;
    }

    public void setTime(Instant time) {
        now = time;
    }

    /** Runs {@code tx} as {@code who}; on success applies its writes and keeps its event. */
    public String submit(TestIdentity who, Function<GreenLedgerContext, String> tx) {
        FakeStub stub = run(who, tx);
        apply(stub);
        return stub.result;
    }

    private FakeStub run(TestIdentity who, Function<GreenLedgerContext, String> tx) {
        transactions++;
        String txId = String.format("%064x", transactions);
        FakeStub stub = new FakeStub(state, policies, history, txId, now, who);
        lastStub = stub;
        stub.result = tx.apply(new GreenLedgerContext(stub));
        return stub;
    }

    private void apply(FakeStub stub) {
        String txId = stub.getTxId();
        Instant at = now;
        writesApplied += stub.writes().size() + stub.policyWrites().size();
        Map<String, KeyChange> changes = new TreeMap<>();
        stub.writes().forEach((key, value) -> changes.put(key, new KeyChange(state.get(key), value)));
        lastChanges = changes;
        stub.writes().forEach((key, value) -> {
            if (value == null) {
                state.remove(key);
                policies.remove(key);
            } else {
                state.put(key, value);
            }
            history.computeIfAbsent(key, k -> new ArrayList<>()).add(new Change(txId, at, value));
        });
        policies.putAll(stub.policyWrites());
        if (stub.event() != null) {
            events.add(stub.event());
        }
    }

    /** A transaction simulated on the state as it is now and not committed yet, as an endorser returns it. */
    public static final class Endorsed {
        private final FakeStub stub;

        private Endorsed(FakeStub stub) {
            this.stub = stub;
        }

        public String result() {
            return stub.result;
        }
    }

    /** Simulates {@code tx} on the current state without committing it (see {@link #commitBlock}). */
    public Endorsed endorse(TestIdentity who, Function<GreenLedgerContext, String> tx) {
        return new Endorsed(run(who, tx));
    }

    /**
     * Commits transactions endorsed on the same state, in order, as a peer validates a block: a
     * transaction is invalid if a key it read, or a key inside a range it read, was written by a
     * valid transaction before it (MVCC_READ_CONFLICT, PHANTOM_READ_CONFLICT). Returns which
     * were valid; only their writes are applied.
     */
    public List<Boolean> commitBlock(List<Endorsed> block) {
        java.util.Set<String> written = new java.util.TreeSet<>();
        List<Boolean> valid = new ArrayList<>();
        for (Endorsed tx : block) {
            boolean conflict = tx.stub.keysRead().stream().anyMatch(written::contains)
                    || tx.stub.rangesRead().stream().anyMatch(prefix -> written.stream().anyMatch(k -> k.startsWith(prefix)));
            valid.add(!conflict);
            if (!conflict) {
                written.addAll(tx.stub.writes().keySet());
                written.addAll(tx.stub.policyWrites().keySet());
                apply(tx.stub);
            }
        }
        return valid;
    }

    /** Runs a read: the same as submit, but it must write nothing and emit no event. */
    public String evaluate(TestIdentity who, Function<GreenLedgerContext, String> tx) {
        long writesBefore = writesApplied;
        int eventsBefore = events.size();
        // A read is not a transaction the invariants look at: the last write's changes stay.
        Map<String, KeyChange> lastWrite = lastChanges;
        String result = submit(who, tx);
        lastChanges = lastWrite;
        assertEquals(writesBefore, writesApplied, "a read wrote to world state");
        assertEquals(eventsBefore, events.size(), "a read emitted an event");
        return result;
    }

    /**
     * Asserts that {@code tx} is refused with {@code code} and leaves world state and events as
     * they were.
     */
    public ContractError assertRefused(ErrorCode code, TestIdentity who, Function<GreenLedgerContext, String> tx) {
        Snapshot before = snapshot();
        ContractError error = assertThrows(ContractError.class, () -> submit(who, tx));
        assertEquals(code, error.code(), error.getMessage());
        before.assertUnchanged("a refused transaction");
        return error;
    }

    /** World state and the event count at one moment, to show that something changed neither. */
    private final class Snapshot {
        private final TreeMap<String, byte[]> stateBefore = new TreeMap<>(state);
        private final int eventsBefore = events.size();

        void assertUnchanged(String what) {
            assertEquals(stateBefore.keySet(), state.keySet(), what + " changed world state");
            stateBefore.forEach((key, value) -> assertArrayEquals(value, state.get(key), what + " changed " + key));
            assertEquals(eventsBefore, events.size(), what + " emitted an event");
        }
    }

    private Snapshot snapshot() {
        return new Snapshot();
    }

    /**
     * Runs {@code tx}, which must succeed and leave world state and events as they were (a
     * replay of a request that was applied before), and returns its result.
     */
    public String assertUnchangedBy(TestIdentity who, Function<GreenLedgerContext, String> tx) {
        Snapshot before = snapshot();
        String result = submit(who, tx);
        before.assertUnchanged("a replay");
        return result;
    }

    /**
     * Runs {@code tx}: either it succeeds (and counts), or it is refused with a ContractError
     * before it wrote anything or set its event. Fabric discards a refused transaction's writes
     * (and so does this ledger); this asks more: that the refusal came before any write was even
     * attempted. Anything else fails the test.
     *
     * @return the refusal, or null if the transaction succeeded
     */
    public ContractError attempt(TestIdentity who, Function<GreenLedgerContext, String> tx) {
        try {
            submit(who, tx);
            return null;
        } catch (ContractError refused) {
            assertTrue(lastStub.writes().isEmpty() && lastStub.policyWrites().isEmpty(),
                    "refused after writing " + lastStub.writes().keySet() + ": " + refused.getMessage());
            assertNull(lastStub.event(), "refused after setting its event: " + refused.getMessage());
            return refused;
        }
    }

    /** The payload of the last event, which must be of {@code type}. */
    public <T> T lastEvent(EventType type, Class<T> payloadType) {
        ChaincodeEvent event = events.get(events.size() - 1);
        assertEquals(type.eventName(), event.getEventName());
        return Json.decode(event.getPayload().toStringUtf8(), payloadType);
    }

    /** The key-level endorsement policy of {@code key}, or null if it has none. */
    public SignaturePolicyEnvelope endorsementPolicy(String key) {
        byte[] policy = policies.get(key);
        try {
            return policy == null ? null : SignaturePolicyEnvelope.parseFrom(policy);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError("not a SignaturePolicyEnvelope: " + key, e);
        }
    }

    /** Every key whose value starts with the composite-key prefix of {@code type}, in key order. */
    public List<String> keys(String type) {
        String prefix = "\u0000" + type + "\u0000";
        return state.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }

    private record Change(String txId, Instant at, byte[] value) implements KeyModification {
        @Override
        public String getTxId() {
            return txId;
        }

        @Override
        public byte[] getValue() {
            return value;
        }

        @Override
        public String getStringValue() {
            return value == null ? null : new String(value, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public Instant getTimestamp() {
            return at;
        }

        @Override
        public boolean isDeleted() {
            return value == null;
        }
    }

    /** What the last committed transaction changed, by key. */
    public Map<String, KeyChange> lastChanges() {
        return lastChanges;
    }

    public int eventCount() {
        return events.size();
    }
}
