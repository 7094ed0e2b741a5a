package org.greenledger.chaincode.api;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Field checks used by the canonical constructors of requests and records. Each failure is an
 * {@link ErrorCode#INVALID_ARGUMENT} naming the field, so bad input is refused before any state
 * is read or written.
 */
public final class Check {
    /** Ids: letters, digits and {@code . _ -}, starting with a letter or digit, 1 to 64 long. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** A lowercase hex SHA-256 digest. */
    public static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    /** An ISO 3166-1 alpha-2 country code. */
    public static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** A Fabric MSP ID. */
    public static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,63}");

    /** The most records one page of a listing holds. */
    public static final int MAX_PAGE_SIZE = 500;
    /**
     * The most records one page of a filtered listing reads from world state: a page stops there,
     * even short or empty, with a bookmark to read on from, so that a filter matching few records
     * never turns one read into a walk of the whole register.
     */
    public static final int MAX_SCANNED_PER_PAGE = 2_000;

    private Check() {
    }

    /**
     * A listing's page size: 1 to {@link #MAX_PAGE_SIZE}. Nothing larger is cut down to the largest
     * page: a request the ledger would not answer as asked is refused.
     */
    public static int pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw GreenLedgerError.invalid("pageSize", "must be between 1 and " + MAX_PAGE_SIZE + " but was " + pageSize);
        }
        return pageSize;
    }

    /** An optional MSP ID (a filter): null for none, else a valid MSP ID. */
    public static String optionalMspId(String field, String value) {
        return value == null ? null : matches(field, value, MSP_ID);
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw GreenLedgerError.invalid(field, "is required");
        }
        return value;
    }

    public static String text(String field, String value, int maxLength) {
        present(field, value);
        if (value.isBlank()) {
            throw GreenLedgerError.invalid(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw GreenLedgerError.invalid(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    public static String matches(String field, String value, Pattern pattern) {
        present(field, value);
        if (!pattern.matcher(value).matches()) {
            throw GreenLedgerError.invalid(field, "must match " + pattern.pattern() + " but was '" + shown(value, 80) + "'");
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(String field, C values) {
        present(field, values);
        if (values.isEmpty()) {
            throw GreenLedgerError.invalid(field, "must not be empty");
        }
        // Not values.contains(null): immutable collections throw on a null query.
        for (Object value : values) {
            if (value == null) {
                throw GreenLedgerError.invalid(field, "must not contain null");
            }
        }
        return values;
    }

    /**
     * A client's value as a message or a log may show it: at most {@code max} characters (longer
     * ones cut, with "..."), every control character shown as '?'.
     */
    public static String shown(String value, int max) {
        String bounded = value.length() <= max ? value : value.substring(0, max - 3) + "...";
        return bounded.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
