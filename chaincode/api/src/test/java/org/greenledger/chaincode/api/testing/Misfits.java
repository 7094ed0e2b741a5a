package org.greenledger.chaincode.api.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs that do not fit, made from a valid request, for fuzzing a transaction: the request with
 * one to three fields replaced by values of the wrong size or type (huge, fractional, negative, of
 * another JSON type, with control characters, over-long), fields added or removed, or text that
 * is not JSON at all; for an id argument, ids that do not fit. Shared by the chaincode's fuzz on
 * the in-memory ledger and its sample on the real network (this module's test jar).
 */
public final class Misfits {
    private static final String[] VALUES = {"1e30", "9223372036854775808", "-9223372036854775809", "2147483648",
        "1.5", "-1", "0", "-0.5", "1e-3", "\"10\"", "\"\"", "true", "false", "null", "{}", "[]", "[1,2]",
        "{\"units\":1}", "\"x\\u0007y\"", "\"\\u001b[31mred\"", "\"tab\\there\"", "\"nul\\u0000\"",
        "\"" + "x".repeat(5_000) + "\"", "\"A1\"", "\"CASH-A-VND\"", "\"VNGRNBOND018\"", "\"\u00e9t\u00e9\"",
        "\"' OR 1=1 --\"", "\"../../etc\"", "9007199254740993", "1E+400"};
    private static final String[] NOT_JSON = {"", " ", "{", "}", "[", "null", "[1]", "\"text\"", "42", "{\"a\":}",
        "{} {}", "{\"requestId\":\"R\",}", "\u0000", "{'a':1}"};
    private static final String[] IDS = {"", " ", "x\u0007y", "\u001b[31mred", "tab\there", "nul\u0000",
        "x".repeat(5_000), "../../etc", "' OR 1=1 --", "\u00e9t\u00e9", "a b", "{}", "null", "-1", "1e30",
        "line\nbreak", "escrow:VNGRNBOND018", "buffer:pool", "%00", "\ud83d\ude00"};

    private final Random random;

    public Misfits(Random random) {
        this.random = random;
    }

    /**
     * One input made from a valid request.
     *
     * @param input            what to send
     * @param certainlyInvalid whether no reading of the request can accept it (text that is not
     *                         JSON, a field the request does not have): it must be refused as input
     */
    public record Misfit(String input, boolean certainlyInvalid) {
    }

    /** A misfit made from {@code valid}: a JSON object request, or a bare id. */
    public String of(String valid) {
        return next(valid).input();
    }

    /** A misfit made from {@code valid}, and whether it is certainly invalid. */
    public Misfit next(String valid) {
        JsonElement parsed = valid.startsWith("{") ? JsonParser.parseString(valid) : null;
        if (parsed == null) {
            return new Misfit(IDS[random.nextInt(IDS.length)], false);
        }
        if (random.nextInt(12) == 0) {
            return new Misfit(NOT_JSON[random.nextInt(NOT_JSON.length)], true);
        }
        JsonObject object = parsed.getAsJsonObject();
        List<String> fields = new ArrayList<>(object.keySet());
        int changes = 1 + random.nextInt(3);
        boolean unknownField = false;
        for (int i = 0; i < changes; i++) {
            String field = fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(6)) {
                case 0 -> object.remove(field);
                case 1 -> {
                    object.add("unexpected" + random.nextInt(3), new JsonPrimitive(1));
                    unknownField = true;
                }
                default -> object.add(field, JsonParser.parseString(VALUES[random.nextInt(VALUES.length)]));
            }
        }
        return new Misfit(object.toString(), unknownField);
    }
}
