package org.greenledger.baseline;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * The two designs GreenLedger is measured against, in the same language, runtime and contract
 * API, so that a ratio between them and GreenLedger measures GreenLedger's own work:
 * <ul>
 * <li>{@link #Write}: one blind write, the least a transaction that changes the ledger can do;</li>
 * <li>{@link #Transfer}: the single-key fungible token of the public samples, one balance key per
 *     holder read and rewritten, so one holder's concurrent debits all touch one key.</li>
 * </ul>
 * No access control and no compliance: never deploy it where value lives.
 */
@Contract(name = "baseline", info = @Info(title = "GreenLedger benchmark baseline", version = "0.1.0"))
@Default
public final class BaselineContract implements ContractInterface {

    /** Writes {@code value} under {@code key} without reading anything. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void Write(Context ctx, String key, String value) {
        ctx.getStub().putState("write~" + key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Credits a holder's balance (the token's mint). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void Mint(Context ctx, String holder, String units) {
        BigInteger amount = positive(units);
        writeBalance(ctx, holder, balance(ctx, holder).add(amount));
    }

    /** Moves units between two balances; both keys are read and rewritten. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void Transfer(Context ctx, String from, String to, String units) {
        BigInteger amount = positive(units);
        BigInteger fromBalance = balance(ctx, from);
        if (fromBalance.compareTo(amount) < 0) {
            throw new ChaincodeException("INSUFFICIENT_UNITS: " + from + " holds " + fromBalance);
        }
        writeBalance(ctx, from, fromBalance.subtract(amount));
        writeBalance(ctx, to, balance(ctx, to).add(amount));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String Balance(Context ctx, String holder) {
        return balance(ctx, holder).toString();
    }

    private static BigInteger positive(String units) {
        BigInteger amount;
        try {
            amount = new BigInteger(units);
        } catch (NumberFormatException e) {
            throw new ChaincodeException("INVALID_ARGUMENT: units is not a whole number");
        }
        if (amount.signum() <= 0) {
            throw new ChaincodeException("INVALID_ARGUMENT: units must be positive");
        }
        return amount;
    }

    private static BigInteger balance(Context ctx, String holder) {
        byte[] stored = ctx.getStub().getState("balance~" + holder);
        return stored == null || stored.length == 0 ? BigInteger.ZERO
                : new BigInteger(new String(stored, StandardCharsets.UTF_8));
    }

    private static void writeBalance(Context ctx, String holder, BigInteger balance) {
        ctx.getStub().putState("balance~" + holder, balance.toString().getBytes(StandardCharsets.UTF_8));
    }
}
