package org.greenledger.client;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Refusal;

/**
 * The transaction was refused, so nothing was written: by the chaincode, or by the SDK before it
 * sent anything (a request that breaks a rule of the chaincode's API, {@link #refusedLocally()}).
 * One type for every refusal: branch on the stable {@link #code()} or on its {@link #category()}.
 *
 * <pre>{@code
 * try {
 *     ledger.holdings().transfer(request);
 * } catch (RejectedException e) {
 *     switch (e.code()) {
 *         case KYC_EXPIRED -> askForRenewedKyc(request.toAccountId());
 *         default -> {
 *             if (e.category() == ErrorCode.Category.COMPLIANCE) {
 *                 reportToCompliance(e.code(), e.reason(), e.transactionId());
 *             } else {
 *                 throw e;
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
public final class RejectedException extends GreenLedgerException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String reason;
    private final String transactionId;
    private final List<EndorserAnswer> endorserAnswers;
    private final boolean refusedLocally;

    private RejectedException(String message, ErrorCode code, String reason, String transactionId,
            List<EndorserAnswer> endorserAnswers, boolean refusedLocally, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.reason = reason;
        this.transactionId = transactionId;
        this.endorserAnswers = List.copyOf(endorserAnswers);
        this.refusedLocally = refusedLocally;
    }

    /**
     * A refusal made up by the caller, without a transaction or endorsers: for tests of code that
     * handles refusals, for example a fake facade.
     */
    public static RejectedException of(ErrorCode code, String reason) {
        Refusal refusal = new Refusal(code, reason);
        return new RejectedException(code + ": " + refusal.reason(), code, refusal.reason(), null, List.of(), false, null);
    }

    /**
     * The chaincode's refusal of {@code call}, as the Gateway reported it.
     *
     * @param transactionId the refused transaction's id, or null for an evaluation
     */
    static RejectedException byChaincode(String call, Refusal refusal, String transactionId,
            List<EndorserAnswer> endorserAnswers, Throwable cause) {
        String message = call + " refused (" + refusal.code() + "): " + refusal.reason()
                + (transactionId == null ? "" : " [transaction " + transactionId + "]");
        return new RejectedException(message, refusal.code(), refusal.reason(), transactionId, endorserAnswers, false,
                cause);
    }

    /** {@code call} was not sent: a request it built broke {@code rule}. */
    static RejectedException refusedLocally(String call, GreenLedgerError rule) {
        String reason = new Refusal(rule.code(), rule.reason()).reason();
        String message = call + " refused by the SDK before sending (" + rule.code() + "): " + reason;
        return new RejectedException(message, rule.code(), reason, null, List.of(), true, rule);
    }

    /** Why the transaction was refused: the stable code. */
    public ErrorCode code() {
        return code;
    }

    /** The code's category, what kind of refusal this is (see {@link ErrorCode.Category}). */
    public ErrorCode.Category category() {
        return code.category();
    }

    /** The chaincode's own words (or the SDK's, for a local refusal), without any prefix: what an operator reads. */
    public String reason() {
        return reason;
    }

    /**
     * The id of the refused transaction proposal, to find it in the peers' logs; empty for an
     * evaluation (a read), a local refusal, and a refusal made up with {@link #of}.
     */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }

    /**
     * Each endorsing peer's answer as the Gateway reported it, in its order; {@link #code()} is the
     * first refusal among them. Empty for a local refusal. Peers at different heights may refuse
     * with different codes.
     */
    public List<EndorserAnswer> endorserAnswers() {
        return endorserAnswers;
    }

    /**
     * Whether the SDK refused the call before sending anything, because a request it built broke
     * a rule of the chaincode's API (the chaincode would have refused it with the same code).
     */
    public boolean refusedLocally() {
        return refusedLocally;
    }
}
