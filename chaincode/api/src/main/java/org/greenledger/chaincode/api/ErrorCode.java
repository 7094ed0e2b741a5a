package org.greenledger.chaincode.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable, machine-readable reason a GreenLedger transaction was refused. Codes never change
 * meaning once published; clients branch on them, humans read the accompanying message.
 *
 * <p>On the wire an error travels as the chaincode response message {@code "CODE: message"}, so
 * that the code survives every layer between the chaincode and the client (peer, gateway).
 */
public enum ErrorCode {
    /** The request could not be parsed: malformed JSON or a wrong number of arguments. */
    MALFORMED_REQUEST,
    /** A field is missing or has an invalid value. */
    INVALID_ARGUMENT,
    /** The caller's organization, or its {@code gl.role}, may not perform this transaction. */
    NOT_AUTHORIZED,
    /** The referenced record does not exist. */
    NOT_FOUND,
    /** A record with this id already exists. */
    ALREADY_EXISTS,
    /** Governance has not been bootstrapped yet: no member organization is registered. */
    NOT_BOOTSTRAPPED,
    /** Governance was already bootstrapped; it can be done only once. */
    ALREADY_BOOTSTRAPPED,
    /** The record's current state does not allow the requested change. */
    INVALID_STATE,
    /** The lifecycle does not allow this step from the record's current status. */
    INVALID_TRANSITION,
    /** The KYC attestation has expired (or would be expired) at the transaction time. */
    KYC_EXPIRED,
    /**
     * The proposal's timestamp lies further from the endorsing peer's clock than that org's
     * window allows: the client's clock is wrong, or the proposal was stamped with another time.
     */
    CLOCK_SKEW,
    /**
     * The request id was used before for a different request, or by another org: a replay
     * returns the first result only for the same request from the same org.
     */
    REQUEST_ID_REUSED,

    // Compliance reason codes: a movement of any asset is refused with the first that applies,
    // in this order (see DOMAIN section 2).

    /** The sender's or receiver's account is FROZEN. */
    ACCOUNT_FROZEN,
    /** The sender's or receiver's account is CLOSED. */
    ACCOUNT_CLOSED,
    /** The sender or receiver is on the regulator's sanctions list. */
    SANCTIONED,
    /** The receiver's investor type may not hold the asset. */
    INVESTOR_NOT_ELIGIBLE,
    /** The receiver would hold more than the asset's per-account limit. */
    HOLDING_LIMIT_EXCEEDED,
    /** The regulator paused the asset. */
    ASSET_PAUSED,
    /**
     * The asset is not in circulation: a bond before issue, or matured, redeemed, called or in
     * default; or its register is closed while a servicing run walks its holders (a record date
     * fixed over several transactions, a redemption in progress).
     */
    NOT_IN_CIRCULATION,
    /** The asset's lock-up period is not over. */
    LOCKED_UP,
    /** The movement breaks a sandbox cap set by the regulator (per transaction or asset-class total). */
    SANDBOX_CAP_EXCEEDED,
    /** The sender's unfrozen units do not cover the movement. */
    INSUFFICIENT_UNITS,

    // Use of proceeds (DOMAIN section 3).

    /** The project's ICMA category is not one the bond's green framework lets proceeds fund. */
    CATEGORY_NOT_ELIGIBLE,
    /** Allocations would exceed the bond's net proceeds, or a project's total financing. */
    PROCEEDS_EXCEEDED,
    // Carbon credits (DOMAIN section 4).

    /** The serials are retired or cancelled: they never move again. */
    CREDITS_RETIRED,
    /** It would count a tonne twice: an external range imported before, or a bond claiming more than its share. */
    DOUBLE_COUNTING,
    /** The step is not due yet at the transaction time (a record date, a payment date, maturity). */
    NOT_DUE,
    /**
     * The chaincode failed on this request for a reason of its own, not the request's; nothing was
     * written. Report it with the transaction id: its log has the cause.
     */
    INTERNAL_ERROR;

    private static final Pattern ON_THE_WIRE = Pattern.compile("\\b([A-Z][A-Z_]+[A-Z]): ");

    /** Formats an error as it travels in a chaincode response message. */
    public String format(String message) {
        return name() + ": " + message;
    }

    /**
     * Finds the error code in a message that went through the peer and the gateway (which add
     * their own prefixes, such as {@code "chaincode response 500, "}).
     */
    public static Optional<ErrorCode> find(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = ON_THE_WIRE.matcher(message);
        while (m.find()) {
            for (ErrorCode code : values()) {
                if (code.name().equals(m.group(1))) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }
}
