package org.greenledger.chaincode.contract;

import org.greenledger.chaincode.api.ErrorCode;

/**
 * Sums and products of amounts and quantities that refuse instead of wrapping: a total beyond
 * what a {@code long} holds is INVALID_ARGUMENT naming what it would have been, never a wrapped
 * number or an uncoded ArithmeticException.
 */
public final class Sums {
    private Sums() {
    }

    public static long add(String what, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw tooLarge(what);
        }
    }

    public static long times(String what, long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw tooLarge(what);
        }
    }

    private static ContractError tooLarge(String what) {
        return new ContractError(ErrorCode.INVALID_ARGUMENT, what + " would exceed " + Long.MAX_VALUE
                + ", the most the ledger can hold");
    }
}
