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

    /** The stable refusal code. */
    private final ErrorCode code;
    /** The refusal's text without any prefix. */
    private final String reason;
    /** The refused transaction's id; null for an evaluation, a local refusal or one made up. */
    private final String transactionId;
    /** Each endorsing peer's answer, in the Gateway's order; empty if none was sent. */
    private final List<EndorserAnswer> endorserAnswers;
    /** Whether the SDK refused before sending. */
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
     *
     * <pre>{@code
     * class ExpiredKycHoldings implements Holdings {       // a fake facade for a test
     *     public UnitsMoved transfer(TransferRequest request) {
     *         throw RejectedException.of(ErrorCode.KYC_EXPIRED,
     *                 "account " + request.toAccountId() + "'s KYC attestation expired on 2027-01-22");
     *     }
     *     // ...
     * }
     * }</pre>
     *
     * @param code   the refusal's code
     * @param reason the refusal's text, as the chaincode would word it
     * @return a refusal with that code and reason, no transaction id, no endorser answers, and
     *         {@link #refusedLocally()} false
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

    /**
     * Why the transaction was refused: the stable code.
     *
     * @return the refusal's code; for a chaincode refusal, the first endorser's that refused
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * The code's category, what kind of refusal this is (see {@link ErrorCode.Category}).
     *
     * @return {@code code().category()}
     */
    public ErrorCode.Category category() {
        return code.category();
    }

    /**
     * The chaincode's own words (or the SDK's, for a local refusal), without any prefix: what an
     * operator reads.
     *
     * @return the refusal's text, without the code or the call's name
     */
    public String reason() {
        return reason;
    }

    /**
     * The id of the refused transaction proposal, to find it in the peers' logs; empty for an
     * evaluation (a read), a local refusal, and a refusal made up with {@link #of}.
     *
     * @return the transaction id, if the refusal came from endorsing a write
     */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }

    /**
     * Each endorsing peer's answer as the Gateway reported it, in its order; {@link #code()} is the
     * first refusal among them. Empty for a local refusal. Peers at different heights may refuse
     * with different codes.
     *
     * @return the answers, unmodifiable
     */
    public List<EndorserAnswer> endorserAnswers() {
        return endorserAnswers;
    }

    /**
     * Whether the SDK refused the call before sending anything, because a request it built broke
     * a rule of the chaincode's API (the chaincode would have refused it with the same code).
     *
     * @return true for a refusal by the SDK, false for one by the chaincode or made up with {@link #of}
     */
    public boolean refusedLocally() {
        return refusedLocally;
    }
}
