package org.greenledger.chaincode.contract.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
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
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;

/**
 * Generated requests for write transactions: {@value #PER_FAMILY} inputs per family from a fixed
 * seed, shared round-robin among the family's transactions. Each input is a valid request with one
 * to three fields replaced by values that do not fit (huge, fractional, negative, of another JSON
 * type, with control characters, over-long), fields added or removed, or text that is not JSON
 * at all; a transaction whose argument is an id gets ids that do not fit; and, one in five, the
 * valid request itself. Each input must be refused with a code, writing nothing and emitting
 * nothing, or applied, leaving {@link LedgerInvariants} and the family's own invariant true.
 * Every transaction of a family must have applied some input and refused some as invalid.
 */
public final class Fuzz {
    public static final int PER_FAMILY = 10_000;
    private static final long SEED = 20261130L;

    private static final String[] MISFITS = {"1e30", "9223372036854775808", "-9223372036854775809", "2147483648",
        "1.5", "-1", "0", "-0.5", "1e-3", "\"10\"", "\"\"", "true", "false", "null", "{}", "[]", "[1,2]",
        "{\"units\":1}", "\"x\\u0007y\"", "\"\\u001b[31mred\"", "\"tab\\there\"", "\"nul\\u0000\"",
        "\"" + "x".repeat(5_000) + "\"", "\"A1\"", "\"CASH-A-VND\"", "\"VNGRNBOND018\"", "\"\u00e9t\u00e9\"",
        "\"' OR 1=1 --\"", "\"../../etc\"", "9007199254740993", "1E+400"};
    private static final String[] NOT_JSON = {"", " ", "{", "}", "[", "null", "[1]", "\"text\"", "42", "{\"a\":}",
        "{} {}", "{\"requestId\":\"R\",}", "\u0000", "{'a':1}"};
    private static final String[] MISFIT_IDS = {"", " ", "x\u0007y", "\u001b[31mred", "tab\there", "nul\u0000",
        "x".repeat(5_000), "../../etc", "' OR 1=1 --", "\u00e9t\u00e9", "a b", "{}", "null", "-1", "1e30",
        "line\nbreak", "escrow:VNGRNBOND018", "buffer:pool", "%00", "\ud83d\ude00"};

    /**
     * One write transaction of a family.
     *
     * @param template a valid request (JSON, or a bare id), given the generator and the input's
     *                 number; it may first submit what the request needs (a fresh bond to approve)
     */
    public record Step(String name, TestIdentity who, BiFunction<Random, Integer, String> template,
            BiFunction<GreenLedgerContext, String, String> tx) {
    }

    private final Random random = new Random(SEED);

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
            String input = random.nextInt(5) == 0 ? valid : misfit(valid);
            TestLedger ledger = ledgerOfInput.get();
            ContractError refused;
            try {
                refused = ledger.attempt(step.who(), ctx -> step.tx().apply(ctx, input));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(step.name() + " #" + n + " failed without a code on " + shown(input), e);
            }
            if (refused != null) {
                assertNotNull(refused.code(), input);
                refusals.get(i).merge(refused.code(), 1, Integer::sum);
                continue;
            }
            applied[i]++;
            LedgerInvariants.checkLast(ledger, step.name() + " #" + n + " on " + shown(input));
            invariant.accept(input, n);
        }
        List<String> lines = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < steps.size(); i++) {
            Map<ErrorCode, Integer> codes = refusals.get(i);
            int refused = codes.values().stream().mapToInt(Integer::intValue).sum();
            total += refused + applied[i];
            String name = steps.get(i).name();
            assertTrue(codes.getOrDefault(ErrorCode.INVALID_ARGUMENT, 0) > 0, name + ": nothing refused as invalid " + codes);
            assertTrue(applied[i] > 0, name + ": no generated input was ever applied " + codes);
            lines.add(String.format("fuzz %-44s %,6d inputs: %,6d applied, %,6d refused %s", name, refused + applied[i],
                    applied[i], refused, codes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(" ", "(", ")"))));
        }
        assertEquals(PER_FAMILY, total);
        int invalid = refusals.stream().mapToInt(c -> c.getOrDefault(ErrorCode.INVALID_ARGUMENT, 0)).sum();
        assertTrue(invalid > PER_FAMILY / 4, family + ": only " + invalid + " refused as invalid");
        if (steps.size() > 1) {
            lines.add(0, String.format("fuzz family %-37s %,6d inputs over %d transactions", family, PER_FAMILY,
                    steps.size()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** The valid request with one to three fields misfitted, added or removed; or text that is not JSON. */
    private String misfit(String valid) {
        JsonElement parsed = valid.startsWith("{") ? JsonParser.parseString(valid) : null;
        if (parsed == null) {
            return MISFIT_IDS[random.nextInt(MISFIT_IDS.length)];
        }
        if (random.nextInt(12) == 0) {
            return NOT_JSON[random.nextInt(NOT_JSON.length)];
        }
        JsonObject object = parsed.getAsJsonObject();
        List<String> fields = new ArrayList<>(object.keySet());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            String field = fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(6)) {
                case 0 -> object.remove(field);
                case 1 -> object.add("unexpected" + random.nextInt(3), new JsonPrimitive(1));
                default -> object.add(field, JsonParser.parseString(MISFITS[random.nextInt(MISFITS.length)]));
            }
        }
        return object.toString();
    }

    public static String shown(String input) {
        return input.length() <= 300 ? input : input.substring(0, 300) + "...";
    }
}
