package org.greenledger.chaincode.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.history.RecordKind;
import org.greenledger.chaincode.api.history.RecordRef;
import org.greenledger.chaincode.api.holding.HoldingLot;
import org.greenledger.chaincode.api.holding.HoldingRef;
import org.junit.jupiter.api.Test;

/**
 * What the catalog derives from request types: which transactions a client may send again, and
 * how each request travels as the chaincode's arguments.
 */
class TransactionTest {
    /**
     * The writes a client may send again, as they were listed by hand before the catalog derived
     * them: the writes with a client-chosen id or a natural key, then the chunked servicing runs.
     */
    private static final Set<Transaction<?, ?>> REPLAY_SAFE_WRITES = Set.of(Transaction.TRANSFER,
            Transaction.MINT_CASH, Transaction.BURN_CASH, Transaction.PROPOSE_FORCED_TRANSFER, Transaction.SUBSCRIBE,
            Transaction.PROPOSE_TRADE, Transaction.ALLOCATE_PROCEEDS, Transaction.REPORT_IMPACT,
            Transaction.ATTEST_IMPACT, Transaction.REGISTER_DOCUMENT, Transaction.SUBMIT_MONITORING_REPORT,
            Transaction.IMPORT_CREDITS, Transaction.TRANSFER_CREDITS, Transaction.RETIRE_CREDITS,
            Transaction.CANCEL_CREDITS,
            Transaction.ISSUE_BOND, Transaction.FIX_RECORD_DATE, Transaction.PAY_COUPON, Transaction.REDEEM_BOND);
    private static final Set<Transaction<?, ?>> CHUNKED = Set.of(Transaction.ISSUE_BOND, Transaction.FIX_RECORD_DATE,
            Transaction.PAY_COUPON, Transaction.REDEEM_BOND);

    @Test
    void the_replay_safe_writes_are_those_with_a_request_id_or_natural_key_and_the_chunked_runs() {
        Set<String> derived = Transaction.all().stream()
                .filter(tx -> tx.intent() == Transaction.Intent.SUBMIT && tx.replaySafe())
                .map(Transaction::qualifiedName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names(REPLAY_SAFE_WRITES), derived);
    }

    @Test
    void every_read_is_replay_safe() {
        Transaction.all().stream().filter(tx -> tx.intent() == Transaction.Intent.EVALUATE)
                .forEach(tx -> assertTrue(tx.replaySafe(), tx.qualifiedName()));
    }

    @Test
    void the_chunked_transactions_are_the_servicing_runs() {
        Set<String> derived = Transaction.all().stream().filter(Transaction::chunked)
                .map(Transaction::qualifiedName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names(CHUNKED), derived);
    }

    @Test
    void a_write_without_a_request_id_is_not_replay_safe() {
        Transaction<RegulatoryAction, RegulatoryRecord> stray = Transaction.submit(Transaction.Contracts.COMPLIANCE,
                "Stray", RegulatoryAction.class, RegulatoryRecord.class);
        Transaction<String, RegulatoryRecord> byId = Transaction.submit(Transaction.Contracts.COMPLIANCE, "StrayById",
                String.class, RegulatoryRecord.class);
        assertFalse(stray.replaySafe());
        assertFalse(byId.replaySafe());
        assertFalse(Transaction.FREEZE_ACCOUNT.replaySafe());
        assertFalse(Transaction.SETTLE_TRADE.replaySafe());
    }

    @Test
    void a_positional_request_travels_as_one_argument_per_component() {
        assertEquals(List.of("acme", "10", ""), Transaction.LIST_ACCOUNTS.arguments(new PageRequest("acme", 10, null)));
        assertEquals(List.of(String.class, int.class, String.class), Transaction.LIST_ACCOUNTS.parameterTypes());
        assertEquals(List.of("BOND", "XS0000000001"),
                Transaction.RECORD_HISTORY.arguments(new RecordRef(RecordKind.BOND, "XS0000000001")));
        assertEquals(List.of(String.class, String.class), Transaction.RECORD_HISTORY.parameterTypes());
        assertEquals(List.of("T1", "A1"), Transaction.GET_LOTS.arguments(new HoldingRef("T1", "A1")));
    }

    @Test
    void an_id_travels_as_it_is_and_no_request_as_no_argument() {
        assertEquals(List.of("XS0000000001"), Transaction.GET_BOND.arguments("XS0000000001"));
        assertEquals(List.of(), Transaction.LIST_ORGS.arguments(null));
        assertEquals(List.of(), Transaction.LIST_ORGS.parameterTypes());
    }

    @Test
    void a_list_result_decodes_to_its_records() {
        List<HoldingLot> lots = Transaction.GET_LOTS.result("[]");
        assertEquals(List.of(), lots);
        assertEquals("java.util.List<" + HoldingLot.class.getName() + ">",
                Transaction.GET_LOTS.resultType().getTypeName());
    }

    @Test
    void only_a_json_request_decodes_from_json() {
        assertThrows(GreenLedgerError.class, () -> Transaction.MINT_CASH.request("{\"requestId\":"));
        assertThrows(IllegalStateException.class, () -> Transaction.GET_HOLDING.request("{}"));
    }

    @Test
    void a_positional_request_with_a_component_no_argument_carries_is_refused() {
        record Nested(String id, List<String> ids) implements Positional {
        }
        assertThrows(IllegalArgumentException.class,
                () -> Transaction.evaluate(Transaction.Contracts.HOLDINGS, "Nested", Nested.class, String.class));
    }

    private static Set<String> names(Set<Transaction<?, ?>> transactions) {
        return transactions.stream().map(Transaction::qualifiedName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
