package org.greenledger.chaincode.contract.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;

/**
 * Generated requests for one write transaction: {@value #PER_FAMILY} inputs from a fixed seed, a
 * valid request with one to three fields replaced by values that do not fit (huge, fractional,
 * negative, of another JSON type, with control characters, over-long), fields added or removed,
 * or text that is not JSON at all; and, one in five, the valid request itself. Each input must be
 * refused with a code, writing nothing and emitting nothing, or applied and leave the family's
 * invariant true.
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

    private final Random random = new Random(SEED);

    /**
     * Runs the family and returns its counts as a line to print.
     *
     * @param template  a valid request, given the generator and the input's number
     * @param invariant checked after each applied input, given the input's JSON and its number
     */
    public String run(String family, TestLedger ledger, TestIdentity who, BiFunction<Random, Integer, String> template,
            BiFunction<GreenLedgerContext, String, String> tx, BiConsumer<String, Integer> invariant) {
        Map<ErrorCode, Integer> refusals = new EnumMap<>(ErrorCode.class);
        int applied = 0;
        for (int n = 0; n < PER_FAMILY; n++) {
            String valid = template.apply(random, n);
            String input = random.nextInt(5) == 0 ? valid : misfit(valid);
            ContractError refused;
            try {
                refused = ledger.attempt(who, ctx -> tx.apply(ctx, input));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(family + " #" + n + " failed without a code on " + shown(input), e);
            }
            if (refused != null) {
                assertNotNull(refused.code(), input);
                refusals.merge(refused.code(), 1, Integer::sum);
                continue;
            }
            applied++;
            invariant.accept(input, n);
        }
        int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(PER_FAMILY, refused + applied);
        assertTrue(refusals.getOrDefault(ErrorCode.INVALID_ARGUMENT, 0) > PER_FAMILY / 4, family + ": " + refusals);
        assertTrue(applied > 0, family + ": no generated input was ever applied");
        return String.format("fuzz %-38s %,6d inputs: %,6d applied, %,6d refused %s", family, PER_FAMILY, applied,
                refused, refusals.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ", "(", ")")));
    }

    /** The valid request with one to three fields misfitted, added or removed; or text that is not JSON. */
    private String misfit(String valid) {
        if (random.nextInt(12) == 0) {
            return NOT_JSON[random.nextInt(NOT_JSON.length)];
        }
        JsonObject object = JsonParser.parseString(valid).getAsJsonObject();
        List<String> fields = new ArrayList<>(object.keySet());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            String field = fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(6)) {
                case 0 -> object.remove(field);
                case 1 -> object.add("unexpected" + random.nextInt(3), JsonParser.parseString("1"));
                default -> object.add(field, JsonParser.parseString(MISFITS[random.nextInt(MISFITS.length)]));
            }
        }
        return object.toString();
    }

    public static String shown(String input) {
        return input.length() <= 300 ? input : input.substring(0, 300) + "...";
    }
}
