package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/** ISIN (ISO 6166) validation: two letters, nine alphanumerics, and a Luhn check digit. */
public final class Isin {
    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");

    private Isin() {
    }

    /** Returns {@code isin} if it is well formed and its check digit is right. */
    public static String check(String field, String isin) {
        Check.matches(field, isin, FORMAT);
        if (checkDigit(isin.substring(0, 11)) != isin.charAt(11) - '0') {
            throw GreenLedgerError.invalid(field, "'" + isin + "' has a wrong ISIN check digit");
        }
        return isin;
    }

    /** Whether {@code id} is a well-formed ISIN with the right check digit (so could name a bond). */
    public static boolean isValid(String id) {
        return id != null && FORMAT.matcher(id).matches() && checkDigit(id.substring(0, 11)) == id.charAt(11) - '0';
    }

    /** The ISIN made of {@code first11} (country code and national number) and its check digit. */
    public static String complete(String first11) {
        Check.matches("isin", first11, java.util.regex.Pattern.compile("[A-Z]{2}[A-Z0-9]{9}"));
        return first11 + checkDigit(first11);
    }

    /** Letters become two digits (A=10 ... Z=35); then the Luhn algorithm on the digit string. */
    static int checkDigit(String first11) {
        StringBuilder digits = new StringBuilder();
        for (char c : first11.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c - '0') : String.valueOf(c - 'A' + 10));
        }
        int sum = 0;
        boolean doubleIt = true; // the rightmost digit of the payload is doubled
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
