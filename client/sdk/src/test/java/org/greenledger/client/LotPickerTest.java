package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenledger.chaincode.api.holding.HoldingLot;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.junit.jupiter.api.Test;

class LotPickerTest {
    private final List<HoldingLot> onLedger = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final LotPicker picker = new LotPicker((asset, account) -> {
        reads.incrementAndGet();
        synchronized (onLedger) {
            return List.copyOf(onLedger);
        }
    });

    private static String lotId(int n) {
        return "a".repeat(64) + String.format(".%06d", n);
    }

    private static TransferRequest transfer(long units) {
        return new TransferRequest("R", "CASH", "A1", "B1", units, "ref");
    }

    @Test
    void transfers_in_flight_together_name_different_lots() {
        for (int i = 0; i < 16; i++) {
            onLedger.add(new HoldingLot(lotId(i), 100, false));
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            List<String> lots = picker.reserve(transfer(50)).request().fromLots();
            assertEquals(1, lots.size());
            assertTrue(named.add(lots.get(0)), "a lot named twice: " + lots);
        }
        assertEquals(1, reads.get(), "the lots were read once");
    }

    @Test
    void a_transfer_waits_for_one_in_flight_and_then_spends_its_change() throws Exception {
        onLedger.add(new HoldingLot(lotId(1), 100, false));
        LotPicker.Reserved first = picker.reserve(transfer(60));
        CompletableFuture<LotPicker.Reserved> second = CompletableFuture.supplyAsync(() -> picker.reserve(transfer(30)));
        Thread.sleep(200);
        assertTrue(!second.isDone(), "the second waits while the only lot is in flight");
        synchronized (onLedger) {
            onLedger.clear();
            onLedger.add(new HoldingLot(lotId(2), 40, false)); // the first transfer's change
        }
        picker.done(first);
        assertEquals(List.of(lotId(2)), second.get(5, TimeUnit.SECONDS).request().fromLots());
    }

    @Test
    void with_nothing_free_and_nothing_in_flight_the_ledger_chooses() {
        onLedger.add(new HoldingLot(lotId(1), 10, false));
        onLedger.add(new HoldingLot(lotId(2), 500, true));
        assertNull(picker.reserve(transfer(50)).request().fromLots(), "10 free units do not cover 50");
    }

    @Test
    void the_smallest_lot_that_covers_else_the_largest_lots_together() {
        onLedger.add(new HoldingLot(lotId(1), 500, false));
        onLedger.add(new HoldingLot(lotId(2), 80, false));
        onLedger.add(new HoldingLot(lotId(3), 60, false));
        onLedger.add(new HoldingLot(lotId(4), 30, false));
        assertEquals(List.of(lotId(3)), picker.reserve(transfer(55)).request().fromLots());
        assertEquals(List.of(lotId(1)), picker.reserve(transfer(100)).request().fromLots());
        assertEquals(List.of(lotId(2), lotId(4)), picker.reserve(transfer(100)).request().fromLots());
    }

    @Test
    void where_lots_cannot_be_read_transfers_name_none_and_do_not_wait() {
        LotPicker older = new LotPicker((asset, account) -> {
            throw new GreenLedgerException("holdings:GetLots failed: function not found", null);
        });
        LotPicker.Reserved first = older.reserve(transfer(5));
        LotPicker.Reserved second = older.reserve(transfer(5));
        assertNull(first.request().fromLots());
        assertNull(second.request().fromLots(), "the second went out while the first was in flight");
    }

    @Test
    void lots_the_caller_named_are_sent_as_they_are() {
        TransferRequest named = transfer(5).withLots(List.of(lotId(9)));
        LotPicker.Reserved reserved = picker.reserve(named);
        assertSame(named, reserved.request());
        picker.done(reserved);
        assertEquals(0, reads.get());
    }
}
