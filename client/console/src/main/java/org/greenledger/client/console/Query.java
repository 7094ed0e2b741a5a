package org.greenledger.client.console;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.bond.Isin;

/**
 * A page's URL parameters, each read as what it must be: an ISIN with its check digit, a ledger id,
 * a date that exists, a page size the ledger accepts. Anything else is a {@link ConsoleError} or
 * the API's {@link GreenLedgerError} (with its code), which the server shows as a message.
 */
final class Query {
    /** The ledger's largest page (the history contract's limit). */
    static final int MAX_PAGE_SIZE = 500;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_VALUES = 50;

    private final Map<String, List<String>> values;

    private Query(Map<String, List<String>> values) {
        this.values = values;
    }

    static Query of(URI uri) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
                if (!value.isEmpty()) {
                    List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
                    if (list.size() == MAX_VALUES) {
                        throw ConsoleError.badRequest(name + " is given more than " + MAX_VALUES + " times");
                    }
                    list.add(value);
                }
            }
        }
        return new Query(values);
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ConsoleError.badRequest("the address is not properly encoded: " + e.getMessage());
        }
    }

    Optional<String> text(String name) {
        List<String> list = values.get(name);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /** All values of a repeated parameter, also comma-separated ones. */
    List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> isin(String name) {
        return text(name).map(v -> Isin.check(name, v));
    }

    Optional<String> id(String name) {
        return text(name).map(v -> Check.matches(name, v, Check.ID));
    }

    /** A movement's account: a ledger id or a bond's escrow pseudo-account {@code escrow:<ISIN>}. */
    Optional<String> accountId(String name) {
        return text(name).map(v -> v.startsWith("escrow:") ? "escrow:" + Isin.check(name, v.substring(7))
                : Check.matches(name, v, Check.ID));
    }

    Optional<LocalDate> date(String name) {
        return text(name).map(v -> {
            try {
                return LocalDate.parse(v, ISO_DATE);
            } catch (DateTimeParseException e) {
                throw GreenLedgerError.invalid(name, "'" + v + "' is not a date that exists (YYYY-MM-DD)");
            }
        });
    }

    int integer(String name, int min, int max, int otherwise) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return otherwise;
        }
        int value;
        try {
            value = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw GreenLedgerError.invalid(name, "must be a whole number from " + min + " to " + max);
        }
        if (value < min || value > max) {
            throw GreenLedgerError.invalid(name, "must be from " + min + " to " + max + " but was " + value);
        }
        return value;
    }

    int pageSize(int otherwise) {
        return integer("pageSize", 1, MAX_PAGE_SIZE, otherwise);
    }
}
