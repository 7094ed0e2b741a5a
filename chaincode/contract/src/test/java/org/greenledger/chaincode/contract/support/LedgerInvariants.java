package org.greenledger.chaincode.contract.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What must hold after any committed transaction, checked on what it changed: no lot and no
 * credit block is empty or negative; every change of a holding, per asset and account, is exactly
 * the net of the movements it recorded into and out of that account (the escrow pseudo-accounts
 * are outside the holdings); and a carbon project's serials are conserved: the serial numbers
 * its active, retired and cancelled blocks gain are exactly those they lose, plus what it issued
 * or imported.
 */
public final class LedgerInvariants {
    private static final String SEPARATOR = "\u0000";

    private LedgerInvariants() {
    }

    /** Checks the last committed transaction of {@code ledger}; {@code what} names it in failures. */
    public static void checkLast(TestLedger ledger, String what) {
        Map<String, Long> held = new TreeMap<>();
        Map<String, Long> moved = new TreeMap<>();
        Map<String, List<long[]>> serialsLost = new TreeMap<>();
        Map<String, List<long[]>> serialsGained = new TreeMap<>();
        ledger.lastChanges().forEach((key, change) -> {
            List<String> parts = parts(key);
            String where = what + " " + key.replace(SEPARATOR, " ");
            switch (parts.get(0)) {
                case "lot" -> held.merge(parts.get(1) + " " + parts.get(2), units(change.after(), where)
                        - units(change.before(), where), Long::sum);
                case "creditBlock" -> {
                    held.merge(parts.get(2) + " " + parts.get(1), blockUnits(change.after(), where)
                            - blockUnits(change.before(), where), Long::sum);
                    serials(change, parts.get(2), serialsLost, serialsGained);
                }
                case "retiredCredits", "cancelledCredits" -> serials(change, parts.get(1), serialsLost, serialsGained);
                case "creditIssuance" -> {
                    if (change.before() == null) {
                        // New serials come from nowhere: counted as lost by no block, gained by the blocks.
                        serialsLost.computeIfAbsent(parts.get(1), p -> new ArrayList<>()).add(range(change.after()));
                    }
                }
                case "movement" -> {
                    assertTrue(change.before() == null, where + ": a movement was rewritten");
                    JsonObject movement = json(change.after());
                    long units = movement.get("units").getAsLong();
                    String asset = movement.get("assetId").getAsString();
                    assertEquals(parts.get(1), asset, where + ": a movement filed under another asset");
                    holder(movement, "toAccountId").ifPresent(a -> moved.merge(asset + " " + a, units, Long::sum));
                    holder(movement, "fromAccountId").ifPresent(a -> moved.merge(asset + " " + a, -units, Long::sum));
                }
                default -> {
                }
            }
        });
        held.values().removeIf(v -> v == 0);
        moved.values().removeIf(v -> v == 0);
        assertEquals(moved, held, what + ": holdings changed other than by its recorded movements");
        TreeMap<String, List<long[]>> lost = normalized(serialsLost);
        TreeMap<String, List<long[]>> gained = normalized(serialsGained);
        assertEquals(shown(lost), shown(gained), what + ": serials appeared or vanished other than by issuance");
    }

    private static Optional<String> holder(JsonObject movement, String field) {
        if (!movement.has(field) || movement.get(field).isJsonNull()) {
            return Optional.empty();
        }
        String account = movement.get(field).getAsString();
        return account.startsWith("escrow:") ? Optional.empty() : Optional.of(account);
    }

    private static void serials(TestLedger.KeyChange change, String project, Map<String, List<long[]>> lost,
            Map<String, List<long[]>> gained) {
        if (change.before() != null) {
            lost.computeIfAbsent(project, p -> new ArrayList<>()).add(range(change.before()));
        }
        if (change.after() != null) {
            gained.computeIfAbsent(project, p -> new ArrayList<>()).add(range(change.after()));
        }
    }

    /** Each project's serial ranges sorted and merged where they touch, so equal sets compare equal. */
    private static TreeMap<String, List<long[]>> normalized(Map<String, List<long[]>> ranges) {
        TreeMap<String, List<long[]>> out = new TreeMap<>();
        ranges.forEach((project, list) -> {
            List<long[]> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingLong(r -> r[0]));
            List<long[]> merged = new ArrayList<>();
            for (long[] r : sorted) {
                long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && r[0] <= last[1] + 1) {
                    assertTrue(r[0] > last[1], "serials " + r[0] + ".." + r[1] + " of " + project + " counted twice");
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged.add(new long[] {r[0], r[1]});
                }
            }
            out.put(project, merged);
        });
        return out;
    }

    private static Map<String, List<String>> shown(TreeMap<String, List<long[]>> ranges) {
        Map<String, List<String>> shown = new TreeMap<>();
        ranges.forEach((project, list) -> shown.put(project, list.stream().map(r -> r[0] + ".." + r[1]).toList()));
        return shown;
    }

    private static long units(byte[] value, String what) {
        if (value == null) {
            return 0;
        }
        long units = json(value).get("units").getAsLong();
        assertTrue(units > 0, what + " holds " + units);
        return units;
    }

    private static long blockUnits(byte[] value, String what) {
        if (value == null) {
            return 0;
        }
        long[] range = range(value);
        assertTrue(range[1] >= range[0], what + " is an empty block");
        return range[1] - range[0] + 1;
    }

    /** A block's or an issuance's vintage-qualified serials, as [first, last] (vintages kept apart). */
    private static long[] range(byte[] value) {
        JsonObject range = json(value).getAsJsonObject("range");
        long vintage = range.get("vintage").getAsLong() * 10_000_000_000L;
        return new long[] {vintage + range.get("first").getAsLong(), vintage + range.get("last").getAsLong()};
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
