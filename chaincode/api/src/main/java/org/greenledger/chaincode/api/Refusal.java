package org.greenledger.chaincode.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the chaincode refused a transaction, as it travels to the client: the response message of
 * the refused proposal is this record's JSON,
 *
 * <pre>{@code {"code":"KYC_EXPIRED","reason":"account A2's KYC attestation expired on 2027-01-22"}}</pre>
 *
 * <p>The message is the one part of a chaincode error that the Fabric Gateway hands to the
 * client (in each endorser's error detail, after its own {@code "chaincode response 500, "}); the
 * response payload does not reach it. So the code travels as data in the message and is read
 * back with the JSON codec, not found by matching text. Readers ignore fields they do not know,
 * so a later version may add some.
 *
 * @param code the stable reason
 * @param reason the chaincode's own words, for humans: printable, at most {@link #MAX_REASON}
 *     characters (longer text is cut, control characters are replaced, so that every reason
 *     written can be read back)
 */
public record Refusal(ErrorCode code, String reason) {
    /** The longest reason kept; the rest is cut and marked with an ellipsis. */
    public static final int MAX_REASON = 2_000;

    public Refusal {
        Objects.requireNonNull(code, "code");
        reason = printable(Objects.requireNonNull(reason, "reason"));
    }

    /** The response message that carries this refusal. */
    public String toJson() {
        return Json.encode(this);
    }

    /** The same JSON as bytes, for the response payload. */
    public byte[] toJsonBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a chaincode response message as a refusal.
     *
     * @return the refusal, or empty if {@code message} is not exactly the JSON of one with a code
     *     this version knows (an older chaincode's {@code "CODE: text"}, the shim's own errors,
     *     a newer chaincode's new code)
     */
    public static Optional<Refusal> fromJson(String message) {
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        try {
            // read as a stored record: strict JSON and exact values, but fields this version does not know are skipped
            return Optional.of(Json.decodeStored(message.getBytes(StandardCharsets.UTF_8), Refusal.class));
        } catch (GreenLedgerError notARefusal) {
            return Optional.empty();
        }
    }

    private static String printable(String text) {
        StringBuilder kept = new StringBuilder(Math.min(text.length(), MAX_REASON + 1));
        text.codePoints().limit(MAX_REASON).forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            kept.append('\u2026');
        }
        return kept.toString();
    }
}
