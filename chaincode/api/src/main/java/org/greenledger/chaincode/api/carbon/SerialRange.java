package org.greenledger.chaincode.api.carbon;

import java.util.Locale;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * A contiguous range of credit serial numbers of one project and vintage, one tonne of CO2e each.
 * Serial numbers count from 1 within a project and vintage and are never reused, so ranges of
 * the registry never overlap.
 *
 * <p>Printed as {@code GL-<host country>-<project id>-<vintage>-<first>-<last>}, the numbers
 * zero-padded to 9 digits, for example {@code GL-VN-WIND-7-2027-000000001-000001000}: registry,
 * host country, project, vintage and range.
 *
 * @param hostCountry the project's host country (ISO 3166-1 alpha-2)
 * @param projectId   the project
 * @param vintage     the year the reductions happened
 * @param first       first serial number (from 1)
 * @param last        last serial number, not below first
 */
public record SerialRange(String hostCountry, String projectId, int vintage, long first, long last) {
    /** The registry's prefix in every serial number. */
    public static final String REGISTRY_CODE = "GL";
    /** The largest serial number: 9 digits. */
    public static final long MAX_SERIAL = 999_999_999L;

    public SerialRange {
        Check.matches("hostCountry", hostCountry, Check.COUNTRY);
        Check.matches("projectId", projectId, Check.ID);
        checkVintage("vintage", vintage);
        if (first < 1 || last < first || last > MAX_SERIAL) {
            throw GreenLedgerError.invalid("serials", "must satisfy 1 <= first <= last <= " + MAX_SERIAL);
        }
    }

    /** The one rule for a vintage, checked wherever one enters: a year between 1990 and 2200. */
    public static int checkVintage(String field, int vintage) {
        if (vintage < 1990 || vintage > 2200) {
            throw GreenLedgerError.invalid(field, "must be a year between 1990 and 2200");
        }
        return vintage;
    }

    public long quantity() {
        return last - first + 1;
    }

    /** The first {@code units} serials. */
    public SerialRange head(long units) {
        return new SerialRange(hostCountry, projectId, vintage, first, first + units - 1);
    }

    /** The serials after the first {@code units}. */
    public SerialRange tail(long units) {
        return new SerialRange(hostCountry, projectId, vintage, first + units, last);
    }

    /** The first serial, fixed-width, so keys sort in serial order. */
    public String firstKey() {
        return keyOf(first);
    }

    @Override
    public String toString() {
        return String.join("-", REGISTRY_CODE, hostCountry, projectId, Integer.toString(vintage), keyOf(first), keyOf(last));
    }

    /** A serial number, fixed-width (nine digits), as keys and serial numbers show it. */
    public static String keyOf(long serial) {
        return String.format(Locale.ROOT, "%09d", serial);
    }
}
