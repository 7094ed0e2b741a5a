package org.greenledger.chaincode.contract.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What must hold after any committed transaction, checked on what it changed: no lot and no
 * credit block is empty or negative; every change of holdings, per asset, is exactly the net of
 * the movements it recorded (into and out of real holders; the escrow pseudo-accounts are
 * outside the holdings); and a carbon project's serials are conserved: what its active, retired
 * and cancelled blocks gain together is what it issued or imported.
 */
public final class LedgerInvariants {
    private static final String SEPARATOR = "\u0000";

    private LedgerInvariants() {
    }

    /** Checks the last committed transaction of {@code ledger}; {@code what} names it in failures. */
    public static void checkLast(TestLedger ledger, String what) {
        Map<String, Long> held = new TreeMap<>();
        Map<String, Long> moved = new TreeMap<>();
        Map<String, Long> serials = new TreeMap<>();
        Map<String, Long> issued = new TreeMap<>();
        ledger.lastChanges().forEach((key, change) -> {
            List<String> parts = parts(key);
            switch (parts.get(0)) {
                case "lot" -> held.merge(parts.get(1), units(change.after(), "units", what + " " + key)
                        - units(change.before(), "units", what + " " + key), Long::sum);
                case "creditBlock" -> {
                    long delta = blockUnits(change.after(), what + " " + key) - blockUnits(change.before(), what + " " + key);
                    held.merge(parts.get(2), delta, Long::sum);
                    serials.merge(parts.get(2), delta, Long::sum);
                }
                case "retiredCredits", "cancelledCredits" -> serials.merge(parts.get(1),
                        blockUnits(change.after(), what) - blockUnits(change.before(), what), Long::sum);
                case "creditIssuance" -> issued.merge(parts.get(1),
                        rangeUnits(change.after()) - rangeUnits(change.before()), Long::sum);
                case "movement" -> {
                    assertTrue(change.before() == null, what + " rewrote movement " + key);
                    JsonObject movement = json(change.after());
                    long units = movement.get("units").getAsLong();
                    long net = (holder(movement, "toAccountId") ? units : 0) - (holder(movement, "fromAccountId") ? units : 0);
                    moved.merge(movement.get("assetId").getAsString(), net, Long::sum);
                }
                default -> {
                }
            }
        });
        held.values().removeIf(v -> v == 0);
        moved.values().removeIf(v -> v == 0);
        assertEquals(moved, held, what + ": holdings changed other than its recorded movements");
        serials.values().removeIf(v -> v == 0);
        issued.values().removeIf(v -> v == 0);
        assertEquals(issued, serials, what + ": serials appeared or vanished other than by issuance");
    }

    private static boolean holder(JsonObject movement, String field) {
        return movement.has(field) && !movement.get(field).isJsonNull()
                && !movement.get(field).getAsString().startsWith("escrow:");
    }

    private static long units(byte[] value, String field, String what) {
        if (value == null) {
            return 0;
        }
        long units = json(value).get(field).getAsLong();
        assertTrue(units > 0, what + " holds " + units);
        return units;
    }

    private static long blockUnits(byte[] value, String what) {
        long units = rangeUnits(value);
        assertTrue(value == null || units > 0, what + " is an empty block");
        return units;
    }

    private static long rangeUnits(byte[] value) {
        if (value == null) {
            return 0;
        }
        JsonObject range = json(value).getAsJsonObject("range");
        return range.get("last").getAsLong() - range.get("first").getAsLong() + 1;
    }

    private static JsonObject json(byte[] value) {
        return JsonParser.parseString(new String(value, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** A composite key's type and attributes. */
    private static List<String> parts(String key) {
        if (!key.startsWith(SEPARATOR) || key.length() < 2) {
            return List.of("");
        }
        return List.of(key.substring(1, key.length() - 1).split(SEPARATOR, -1));
    }
}
