package org.greenledger.chaincode.contract.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.testing.Misfits;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;

/**
 * Generated requests for write transactions: {@value #PER_FAMILY} inputs per family from a fixed
 * seed, shared round-robin among the family's transactions. Each input is a {@link Misfits misfit}
 * made from a valid request (fields of the wrong size or type, added or removed, text that is not
 * JSON, ids that do not fit) or, one in five, the valid request itself. A valid request is never
 * refused for its form (it may be for what the ledger holds: the funds, a state); a misfit that
 * is certainly invalid (not JSON, a field the request does not have) is always refused for it. Each input must be refused with a code, writing nothing and emitting
 * nothing, or applied, leaving {@link LedgerInvariants} and the family's own invariant true.
 * Every transaction of a family must have applied some input and refused some as invalid.
 */
public final class Fuzz {
    public static final int PER_FAMILY = 10_000;
    private static final long SEED = 20261130L;

    /**
     * One write transaction of a family.
     *
     * @param template a valid request (JSON, or a bare id), given the generator and the input's
     *                 number; it may first submit what the request needs (a fresh bond to approve)
     */
    public record Step(String name, TestIdentity who, BiFunction<Random, Integer, String> template,
            BiFunction<GreenLedgerContext, String, String> tx, boolean packedArguments) {
        public Step(String name, TestIdentity who, BiFunction<Random, Integer, String> template,
                BiFunction<GreenLedgerContext, String, String> tx) {
            this(name, who, template, tx, false);
        }

        /**
         * A transaction of several arguments, which the template packs as one JSON object and
         * {@code tx} unpacks: a field added to the packing is not an argument the contract sees.
         */
        public static Step arguments(String name, TestIdentity who, BiFunction<Random, Integer, String> template,
                BiFunction<GreenLedgerContext, String, String> tx) {
            return new Step(name, who, template, tx, true);
        }
    }

    /** The codes that refuse a request for its form, whatever the ledger holds. */
    private static final java.util.Set<ErrorCode> INPUT_CODES = java.util.EnumSet.of(ErrorCode.INVALID_ARGUMENT,
            ErrorCode.MALFORMED_REQUEST);

    private final Random random = new Random(SEED);
    private final Misfits misfits = new Misfits(random);

    /** Runs one transaction as a family of its own; returns its counts as a line to print. */
    public String run(String family, TestLedger ledger, TestIdentity who, BiFunction<Random, Integer, String> template,
            BiFunction<GreenLedgerContext, String, String> tx, BiConsumer<String, Integer> invariant) {
        return runFamily(family, ledger, List.of(new Step(family, who, template, tx)), invariant);
    }

    /**
     * Runs the family's transactions in turn and returns their counts, one line each.
     *
     * @param invariant checked after each applied input, given the input and its number
     */
    public String runFamily(String family, TestLedger ledger, List<Step> steps, BiConsumer<String, Integer> invariant) {
        return runFamily(family, () -> ledger, steps, invariant);
    }

    /**
     * Runs a transaction that applies once per ledger (a network's bootstrap) with every input
     * on a fresh ledger from {@code fresh}.
     */
    public String runOnFresh(String family, Supplier<TestLedger> fresh, TestIdentity who,
            BiFunction<Random, Integer, String> template, BiFunction<GreenLedgerContext, String, String> tx) {
        TestLedger[] current = new TestLedger[1];
        return runFamily(family, () -> current[0], List.of(new Step(family, who, (random, n) -> {
            current[0] = fresh.get();
            return template.apply(random, n);
        }, tx)), (input, n) -> {
        });
    }

    private String runFamily(String family, Supplier<TestLedger> ledgerOfInput, List<Step> steps,
            BiConsumer<String, Integer> invariant) {
        List<Map<ErrorCode, Integer>> refusals = new ArrayList<>();
        int[] applied = new int[steps.size()];
        steps.forEach(s -> refusals.add(new EnumMap<>(ErrorCode.class)));
        for (int n = 0; n < PER_FAMILY; n++) {
            int i = n % steps.size();
            Step step = steps.get(i);
            String valid = step.template().apply(random, n);
            Misfits.Misfit misfit = random.nextInt(5) == 0 ? null : misfits.next(valid);
            String input = misfit == null ? valid : misfit.input();
            TestLedger ledger = ledgerOfInput.get();
            ContractError refused;
            try {
                refused = ledger.attempt(step.who(), ctx -> step.tx().apply(ctx, input));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(step.name() + " #" + n + " failed without a code on " + shown(input), e);
            }
            boolean asInput = refused != null && INPUT_CODES.contains(refused.code());
            int number = n;
            if (misfit == null) {
                assertTrue(!asInput, () -> step.name() + " #" + number + " refused a valid request as input: "
                        + refused.getMessage() + " on " + shown(input));
            } else if (misfit.certainlyInvalid() && !(step.packedArguments() && input.startsWith("{"))) {
                assertTrue(asInput, () -> step.name() + " #" + number + " did not refuse as input "
                        + (refused == null ? "(it applied)" : refused.code()) + ": " + shown(input));
            }
            if (refused != null) {
                refusals.get(i).merge(refused.code(), 1, Integer::sum);
                continue;
            }
            applied[i]++;
            LedgerInvariants.checkLast(ledger, step.name() + " #" + n + " on " + shown(input));
            invariant.accept(input, n);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Map<ErrorCode, Integer> codes = refusals.get(i);
            int refused = codes.values().stream().mapToInt(Integer::intValue).sum();
            String name = steps.get(i).name();
            assertTrue(codes.getOrDefault(ErrorCode.INVALID_ARGUMENT, 0) > 0, name + ": nothing refused as invalid " + codes);
            assertTrue(applied[i] > 0, name + ": no generated input was ever applied " + codes);
            lines.add(String.format("fuzz %-44s %,6d inputs: %,6d applied, %,6d refused %s", name, refused + applied[i],
                    applied[i], refused, codes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(" ", "(", ")"))));
        }
        int invalid = refusals.stream().mapToInt(c -> c.getOrDefault(ErrorCode.INVALID_ARGUMENT, 0)).sum();
        assertTrue(invalid > PER_FAMILY / 4, family + ": only " + invalid + " refused as invalid");
        if (steps.size() > 1) {
            lines.add(0, String.format("fuzz family %-37s %,6d inputs over %d transactions", family, PER_FAMILY,
                    steps.size()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    public static String shown(String input) {
        return input.length() <= 300 ? input : input.substring(0, 300) + "...";
    }
}
