package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.connect;
import static org.greenledger.client.TestNetwork.connectVia;
import static org.greenledger.client.TestNetwork.height;
import static org.greenledger.client.TestNetwork.heightOnceServing;
import static org.greenledger.client.TestNetwork.networkScript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.money.Currency;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bounded load of replay-safe transfers while an orderer, a peer and a chaincode service are
 * killed (SIGKILL, as a crash) and restarted, then an audit of the ledger:
 * <ul>
 * <li>every transfer acknowledged as committed is on the ledger exactly once, under the
 *     transaction id the caller was given; every transfer the chaincode refused is not;</li>
 * <li>a transfer the SDK gave up on during the faults, sent again with the same request id once
 *     the network is whole, commits exactly once: no request the caller sent is lost;</li>
 * <li>units are conserved, and every org's peer has the same height and answers the same
 *     holdings for every account touched;</li>
 * <li>no block written during or after the faults holds a {@code DUPLICATE_TXID} (a restarted
 *     orderer ordering again what the others had ordered), and no block is cut once the load
 *     has stopped.</li>
 * </ul>
 */
class FaultsUnderLoadIT {
    private static final int SENDERS = 8;
    /** How long the senders keep sending: the faults happen within it. */
    private static final Duration LOAD = Duration.ofSeconds(50);
    /** Between two transfers of one sender, so that the load is spread over the faults. */
    private static final Duration PACE = Duration.ofMillis(400);
    /** Every few transfers of a sender is one the chaincode must refuse (the receiver does not exist). */
    private static final int REFUSED_EVERY = 9;
    private static final long FUNDS = 1_000_000;

    /** What to kill and when (seconds into the load), and when to start it again. */
    private record Fault(String node, int killAt, int startAt) {
    }

    // Bank A's chaincode service must endorse every transfer of its clients' units (the lots'
    // key-level policy names the custodian), so while it is down every transfer fails at
    // endorsement and the SDK's retries, then the caller's re-sends, carry them.
    private static final List<Fault> FAULTS = List.of(
            new Fault("orderer-bankb", 5, 15),
            new Fault("chaincode-banka", 20, 24),
            new Fault("peer-verifier", 28, 34));

    /** One transfer the load sent, and what became of it. */
    private static final class Sent {
        final TransferRequest request;
        final boolean mustBeRefused;
        volatile String acknowledgedTxId;
        volatile String refusedCode;
        volatile String failure;
        volatile int resends;

        Sent(TransferRequest request, boolean mustBeRefused) {
            this.request = request;
            this.mustBeRefused = mustBeRefused;
        }
    }

    private static String token;
    private static final List<String> senders = new ArrayList<>();
    private static final List<String> receivers = new ArrayList<>();

    @BeforeAll
    static void accountsAndFunds() {
        TestNetwork.ensureMembers();
        // Peers answer block requests only near their own clock; an earlier test may have moved the network's.
        NetworkClock.reset();
        String run = TestNetwork.runId();
        token = "CASH-FAULT-" + run;
        KycAttestation kyc = new KycAttestation("5".repeat(64), KycLevel.STANDARD,
                LocalDate.now(ZoneOffset.UTC).plusYears(1));
        try (GreenLedger bankA = connect(BANK_A, "operator"); GreenLedger bankB = connect(BANK_B, "operator")) {
            bankA.cash().createToken(new CreateDepositTokenRequest(token, Currency.of("VND")));
            for (int i = 0; i < SENDERS; i++) {
                senders.add("FS-" + run + "-" + i);
                receivers.add("FR-" + run + "-" + i);
                bankA.accounts().open(new OpenAccountRequest(senders.get(i), BANK_A, InvestorType.PROFESSIONAL, "VN", kyc));
                bankB.accounts().open(new OpenAccountRequest(receivers.get(i), BANK_B, InvestorType.PROFESSIONAL, "VN", kyc));
                bankA.cash().mint(new CashRequest(TestNetwork.requestId(), token, senders.get(i), FUNDS));
            }
        }
        TestNetwork.awaitPeersInSync();
    }

    @Test
    void the_ledger_holds_every_acknowledged_write_exactly_once_through_crashes() throws Exception {
        long startHeight = height("peer-banka");
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        try (GreenLedger bankA = connect(BANK_A, "operator")) {
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 1);
            Future<?> faults = pool.submit(FaultsUnderLoadIT::injectFaults);
            List<Future<?>> load = new ArrayList<>();
            long until = System.nanoTime() + LOAD.toNanos();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                load.add(pool.submit(() -> send(bankA, sender, until, sent)));
            }
            for (Future<?> each : load) {
                each.get(10, TimeUnit.MINUTES);
            }
            faults.get(5, TimeUnit.MINUTES);
            pool.shutdown();

            // The network is whole again: what the SDK gave up on during the faults is sent
            // again, under the same request id, as a caller would.
            TestNetwork.awaitPeersInSync();
            ExecutorService resending = Executors.newFixedThreadPool(SENDERS);
            List<Future<?>> resends = new ArrayList<>();
            for (Sent each : List.copyOf(sent)) {
                if (each.failure != null) {
                    resends.add(resending.submit(() -> {
                        for (int attempt = 1; each.failure != null && attempt <= 5; attempt++) {
                            each.resends++;
                            deliver(bankA, each);
                        }
                    }));
                }
            }
            for (Future<?> each : resends) {
                each.get(10, TimeUnit.MINUTES);
            }
            resending.shutdown();
        }
        TestNetwork.awaitPeersInSync();
        long endHeight = height("peer-banka");

        Counts counts = Counts.of(sent);
        System.out.printf("faults under load: %d transfers sent, %d committed at once, %d committed when sent again "
                + "(%d re-sends), %d refused by the chaincode as they must be, %d lost; SDK retries in this JVM: %d; "
                + "blocks %d to %d%n", counts.sent, counts.committedAtOnce, counts.committedOnResend, counts.resends,
                counts.refused, counts.lost, RetryPolicy.retries(), startHeight, endHeight);
        assertEquals(0, counts.lost, "requests the caller sent and that never committed: " + counts.lostDetail);

        auditMovements(sent);
        auditUnitsOnEveryPeer(sent);
        auditHeights();
        Map<String, Long> codes = validationCodes(startHeight, endHeight);
        System.out.printf("faults under load: validation codes in blocks %d to %d: %s%n", startHeight, endHeight, codes);
        assertEquals(null, codes.get(TxValidationCode.DUPLICATE_TXID.name()), "a transaction was ordered twice");
        auditNoBlocksWithoutLoad();
    }

    /** One sender's paced transfers until the load's end; every REFUSED_EVERY-th goes to no account. */
    private static void send(GreenLedger bankA, int sender, long until, List<Sent> sent) {
        for (int n = 1; System.nanoTime() < until; n++) {
            boolean refused = n % REFUSED_EVERY == 0;
            String to = refused ? "FR-NO-SUCH-" + TestNetwork.runId() : receivers.get(sender);
            String id = TestNetwork.requestId();
            Sent each = new Sent(new TransferRequest(id, token, senders.get(sender), to, 1, id), refused);
            sent.add(each);
            deliver(bankA, each);
            sleep(PACE);
        }
    }

    private static void deliver(GreenLedger bankA, Sent each) {
        try {
            UnitsMoved moved = bankA.holdings().transfer(each.request);
            each.acknowledgedTxId = moved.transactionId();
            each.failure = null;
        } catch (RejectedException e) {
            each.refusedCode = e.code().name();
            each.failure = null;
        } catch (GreenLedgerException e) {
            each.failure = e.getMessage();
        }
    }

    private static void injectFaults() {
        long start = System.nanoTime();
        TreeMap<Integer, List<String[]>> timeline = new TreeMap<>();
        for (Fault fault : FAULTS) {
            timeline.computeIfAbsent(fault.killAt(), k -> new ArrayList<>()).add(new String[] {"kill", fault.node()});
            timeline.computeIfAbsent(fault.startAt(), k -> new ArrayList<>()).add(new String[] {"start", fault.node()});
        }
        timeline.forEach((second, actions) -> {
            long due = start + TimeUnit.SECONDS.toNanos(second);
            sleep(Duration.ofNanos(Math.max(0, due - System.nanoTime())));
            for (String[] action : actions) {
                networkScript(action);
                System.out.printf("faults under load: %s %s at %.1f s%n", action[0], action[1],
                        (System.nanoTime() - start) / 1e9);
            }
        });
    }

    /** Every committed transfer is one movement under the id the caller got; no refused one is there. */
    private static void auditMovements(List<Sent> sent) {
        Map<String, List<UnitsMoved>> byReference = new HashMap<>();
        try (GreenLedger regulator = connect(REGULATOR, "operator")) {
            String bookmark = "";
            do {
                MovementPage page = regulator.history().assetMovements(token, 500, bookmark);
                for (UnitsMoved moved : page.movements()) {
                    if (moved.reference() != null) {
                        byReference.computeIfAbsent(moved.reference(), k -> new ArrayList<>()).add(moved);
                    }
                }
                bookmark = page.bookmark();
            } while (!bookmark.isEmpty());
        }
        List<String> wrong = new ArrayList<>();
        for (Sent each : sent) {
            List<UnitsMoved> found = byReference.getOrDefault(each.request.requestId(), List.of());
            if (each.mustBeRefused != (each.refusedCode != null)) {
                wrong.add(each.request.requestId() + (each.mustBeRefused ? " pays no account but was not refused"
                        : " was refused with " + each.refusedCode));
            }
            if (each.mustBeRefused || each.refusedCode != null) {
                if (!found.isEmpty()) {
                    wrong.add(each.request.requestId() + " was refused (" + each.refusedCode + ") but is on the ledger");
                }
            } else if (found.size() != 1) {
                wrong.add(each.request.requestId() + " is on the ledger " + found.size() + " times");
            } else if (!found.get(0).transactionId().equals(each.acknowledgedTxId)) {
                wrong.add(each.request.requestId() + " was acknowledged as " + each.acknowledgedTxId
                        + " but the ledger has " + found.get(0).transactionId());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Each sender lost exactly what it sent, each receiver got it, and every org's peer says the same. */
    private static void auditUnitsOnEveryPeer(List<Sent> sent) {
        Map<String, Long> expected = new TreeMap<>();
        for (int i = 0; i < SENDERS; i++) {
            expected.put(senders.get(i), FUNDS);
            expected.put(receivers.get(i), 0L);
        }
        for (Sent each : sent) {
            if (each.acknowledgedTxId != null) {
                expected.merge(each.request.fromAccountId(), -each.request.units(), Long::sum);
                expected.merge(each.request.toAccountId(), each.request.units(), Long::sum);
            }
        }
        assertEquals(SENDERS * FUNDS, expected.values().stream().mapToLong(Long::longValue).sum(), "units conserved");
        for (String gateway : List.of(TestNetwork.ALLIANCE, BANK_A, BANK_B, TestNetwork.VERIFIER, REGULATOR)) {
            Map<String, Long> seen = new TreeMap<>();
            try (GreenLedger bankA = connectVia(gateway, BANK_A, "viewer"); GreenLedger bankB = connectVia(gateway, BANK_B, "viewer")) {
                for (String account : expected.keySet()) {
                    GreenLedger custodian = senders.contains(account) ? bankA : bankB;
                    seen.put(account, custodian.holdings().holding(token, account).units());
                }
            }
            assertEquals(expected, seen, "holdings as the peer of " + gateway + " answers them");
        }
    }

    private static final List<String> PEERS = List.of("peer-alliance", "peer-banka", "peer-bankb", "peer-verifier", "peer-regulator");
    private static final List<String> ORDERERS = List.of("orderer-alliance", "orderer-banka", "orderer-bankb", "orderer-regulator");

    /** Every peer and orderer at the same height (once the restarted ones have caught up). */
    private static void auditHeights() {
        Map<String, Long> heights = new TreeMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        do {
            heights.clear();
            for (String node : concat(PEERS, ORDERERS)) {
                heights.put(node, heightOnceServing(node));
            }
            if (heights.values().stream().distinct().count() == 1) {
                System.out.printf("faults under load: every peer and orderer at height %d%n", heights.values().iterator().next());
                return;
            }
            sleep(Duration.ofSeconds(2));
        } while (System.nanoTime() < deadline);
        assertEquals(1, heights.values().stream().distinct().count(), "heights: " + heights);
    }

    /** With no load, no orderer cuts a block: nothing left in a pool is ordered again later. */
    private static void auditNoBlocksWithoutLoad() {
        Map<String, Long> before = new TreeMap<>();
        for (String node : concat(PEERS, ORDERERS)) {
            before.put(node, height(node));
        }
        sleep(Duration.ofSeconds(40));
        Map<String, Long> after = new TreeMap<>();
        for (String node : concat(PEERS, ORDERERS)) {
            after.put(node, height(node));
        }
        assertEquals(before, after, "blocks were cut with no load");
    }

    /** Validation codes of the GreenLedger transactions in blocks [from, to). */
    private static Map<String, Long> validationCodes(long from, long to) throws InvalidProtocolBufferException {
        Map<String, Long> codes = new TreeMap<>();
        try (GatewayConnection bankA = connect(BANK_A, "viewer");
                CloseableIterator<Block> blocks = bankA.network().newBlockEventsRequest().startBlock(from).build().getEvents()) {
            for (long number = from; number < to && blocks.hasNext(); number++) {
                Block block = blocks.next();
                byte[] filter = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE).toByteArray();
                for (int i = 0; i < block.getData().getDataCount(); i++) {
                    Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(i)).getPayload());
                    ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
                    if (header.getType() == HeaderType.ENDORSER_TRANSACTION_VALUE) {
                        TxValidationCode code = TxValidationCode.forNumber(filter[i]);
                        codes.merge(code == null ? "CODE_" + filter[i] : code.name(), 1L, Long::sum);
                    }
                }
            }
        }
        assertTrue(codes.getOrDefault(TxValidationCode.VALID.name(), 0L) > 0, "the blocks read hold the load");
        return codes;
    }

    private record Counts(int sent, int committedAtOnce, int committedOnResend, int resends, int refused, int lost,
            List<String> lostDetail) {
        static Counts of(List<Sent> sent) {
            int atOnce = 0;
            int onResend = 0;
            int resends = 0;
            int refused = 0;
            List<String> lost = new ArrayList<>();
            synchronized (sent) {
                for (Sent each : sent) {
                    resends += each.resends;
                    if (each.refusedCode != null) {
                        refused++;
                    } else if (each.acknowledgedTxId != null) {
                        if (each.resends == 0) {
                            atOnce++;
                        } else {
                            onResend++;
                        }
                    } else {
                        lost.add(each.request.requestId() + ": " + each.failure);
                    }
                }
            }
            return new Counts(sent.size(), atOnce, onResend, resends, refused, lost.size(), lost);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
