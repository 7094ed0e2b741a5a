package org.greenledger.chaincode.contract;

import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.junit.jupiter.api.Test;

/** Each endorser refuses a proposal stamped further from its clock than its window. */
class ProposalTimeWindowTest {
    private static final Instant NOW = Instant.parse("2027-06-07T09:00:00Z");
    private final ProposalTimeWindow window = new ProposalTimeWindow(Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(300));

    @Test
    void a_proposal_within_the_window_on_either_side_passes() {
        window.check(NOW);
        window.check(NOW.plusSeconds(300));
        window.check(NOW.minusSeconds(300));
    }

    @Test
    void a_proposal_stamped_beyond_the_window_is_refused_with_CLOCK_SKEW() {
        ContractError ahead = assertThrows(ContractError.class, () -> window.check(NOW.plusSeconds(301)));
        assertEquals(ErrorCode.CLOCK_SKEW, ahead.code());
        assertTrue(ahead.getMessage().contains("301 s ahead of"), ahead.getMessage());
        ContractError behind = assertThrows(ContractError.class, () -> window.check(NOW.minus(Duration.ofDays(400))));
        assertEquals(ErrorCode.CLOCK_SKEW, behind.code());
        assertTrue(behind.getMessage().contains("behind"), behind.getMessage());
    }

    @Test
    void the_window_is_the_orgs_own_setting_in_seconds_and_a_bad_setting_stops_the_service() {
        assertEquals(ProposalTimeWindow.DEFAULT_WINDOW, ProposalTimeWindow.fromEnvironment(null).window());
        assertEquals(Duration.ofMinutes(5), ProposalTimeWindow.DEFAULT_WINDOW);
        assertEquals(Duration.ofSeconds(90), ProposalTimeWindow.fromEnvironment("90").window());
        assertThrows(IllegalArgumentException.class, () -> ProposalTimeWindow.fromEnvironment("5m"));
        assertThrows(IllegalArgumentException.class, () -> ProposalTimeWindow.fromEnvironment("0"));
        assertThrows(IllegalArgumentException.class, () -> ProposalTimeWindow.fromEnvironment("-60"));
    }

    @Test
    void every_transaction_of_every_contract_runs_only_after_the_endorsers_check() {
        TestLedger ledger = new TestLedger();
        Members.register(ledger);
        HoldingContract any = new HoldingContract();
        ledger.setTime(Instant.now().minus(Duration.ofHours(1)));
        ledger.assertRefused(ErrorCode.CLOCK_SKEW, BANK_A_VIEWER, ctx -> before(any, ctx));
        ledger.setTime(Instant.now().plus(Duration.ofHours(1)));
        ledger.assertRefused(ErrorCode.CLOCK_SKEW, BANK_A_VIEWER, ctx -> before(any, ctx));
        ledger.setTime(Instant.now());
        assertEquals("ran", ledger.submit(BANK_A_VIEWER, ctx -> before(any, ctx)));
    }

    private static String before(GreenLedgerContract contract, Context ctx) {
        contract.beforeTransaction(ctx);
        return "ran";
    }

    /** The shim calls beforeTransaction on each contract; none may skip or replace the check. */
    @Test
    void every_contract_is_a_GreenLedgerContract_that_keeps_the_check() throws IOException, URISyntaxException {
        Path classes = Path.of(GreenLedgerContract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> contracts;
        try (Stream<Path> files = Files.walk(classes)) {
            contracts = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ProposalTimeWindowTest::load)
                    .filter(c -> c.isAnnotationPresent(Contract.class)).toList();
        }
        assertEquals(18, contracts.size(), contracts.toString());
        for (Class<?> contract : contracts) {
            assertTrue(GreenLedgerContract.class.isAssignableFrom(contract), contract + " is not a GreenLedgerContract");
            assertFalse(Stream.of(contract.getDeclaredMethods()).anyMatch(m -> m.getName().equals("beforeTransaction")
                    || m.getName().equals("createContext")), contract + " replaces the shared check");
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
