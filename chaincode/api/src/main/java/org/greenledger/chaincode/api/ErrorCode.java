package org.greenledger.chaincode.api;

/**
 * The stable, machine-readable reason a GreenLedger transaction was refused. Codes never change
 * meaning once published; clients branch on them, humans read the accompanying reason. Each code
 * belongs to one {@link Category}, what a caller does about it; this enum is the one place that
 * groups them.
 *
 * <p>On the wire a refusal travels as a {@link Refusal}, JSON in the chaincode's response message.
 */
public enum ErrorCode {
    /** The request could not be parsed: malformed JSON or a wrong number of arguments. */
    MALFORMED_REQUEST(Category.INPUT),
    /** A field is missing or has an invalid value. */
    INVALID_ARGUMENT(Category.INPUT),
    /** The caller's organization, or its {@code gl.role}, may not perform this transaction. */
    NOT_AUTHORIZED(Category.AUTHORIZATION),
    /** The referenced record does not exist. */
    NOT_FOUND(Category.STATE),
    /** A record with this id already exists. */
    ALREADY_EXISTS(Category.DUPLICATE),
    /** Governance has not been bootstrapped yet: no member organization is registered. */
    NOT_BOOTSTRAPPED(Category.STATE),
    /** Governance was already bootstrapped; it can be done only once. */
    ALREADY_BOOTSTRAPPED(Category.DUPLICATE),
    /** The record's current state does not allow the requested change. */
    INVALID_STATE(Category.STATE),
    /** The lifecycle does not allow this step from the record's current status. */
    INVALID_TRANSITION(Category.STATE),
    /** The KYC attestation has expired (or would be expired) at the transaction time. */
    KYC_EXPIRED(Category.COMPLIANCE),
    /**
     * The proposal's timestamp lies further from the endorsing peer's clock than that org's
     * window allows: the client's clock is wrong, or the proposal was stamped with another time.
     */
    CLOCK_SKEW(Category.SYSTEM),
    /**
     * The request id was used before for a different request, or by another org: a replay
     * returns the first result only for the same request from the same org.
     */
    REQUEST_ID_REUSED(Category.DUPLICATE),

    // Compliance reason codes: a movement of any asset is refused with the first that applies,
    // in this order (see DOMAIN section 2).

    /** The sender's or receiver's account is FROZEN. */
    ACCOUNT_FROZEN(Category.COMPLIANCE),
    /** The sender's or receiver's account is CLOSED. */
    ACCOUNT_CLOSED(Category.COMPLIANCE),
    /** The sender or receiver is on the regulator's sanctions list. */
    SANCTIONED(Category.COMPLIANCE),
    /** The receiver's investor type may not hold the asset. */
    INVESTOR_NOT_ELIGIBLE(Category.COMPLIANCE),
    /** The receiver would hold more than the asset's per-account limit. */
    HOLDING_LIMIT_EXCEEDED(Category.COMPLIANCE),
    /** The regulator paused the asset. */
    ASSET_PAUSED(Category.COMPLIANCE),
    /**
     * The asset is not in circulation: a bond before issue, or matured, redeemed, called or in
     * default; or its register is closed while a servicing run walks its holders (a record date
     * fixed over several transactions, a redemption in progress).
     */
    NOT_IN_CIRCULATION(Category.COMPLIANCE),
    /** The asset's lock-up period is not over. */
    LOCKED_UP(Category.COMPLIANCE),
    /** The movement breaks a sandbox cap set by the regulator (per transaction or asset-class total). */
    SANDBOX_CAP_EXCEEDED(Category.COMPLIANCE),
    /** The sender's unfrozen units do not cover the movement. */
    INSUFFICIENT_UNITS(Category.COMPLIANCE),

    // Use of proceeds (DOMAIN section 3).

    /** The project's ICMA category is not one the bond's green framework lets proceeds fund. */
    CATEGORY_NOT_ELIGIBLE(Category.INTEGRITY),
    /** Allocations would exceed the bond's net proceeds, or a project's total financing. */
    PROCEEDS_EXCEEDED(Category.INTEGRITY),
    // Carbon credits (DOMAIN section 4).

    /** The serials are retired or cancelled: they never move again. */
    CREDITS_RETIRED(Category.INTEGRITY),
    /** It would count a tonne twice: an external range imported before, or a bond claiming more than its share. */
    DOUBLE_COUNTING(Category.INTEGRITY),
    /** The step is not due yet at the transaction time (a record date, a payment date, maturity). */
    NOT_DUE(Category.STATE),
    /**
     * The chaincode failed on this request for a reason of its own, not the request's; nothing was
     * written. Report it with the transaction id: its log has the cause.
     */
    INTERNAL_ERROR(Category.SYSTEM);

    private final Category category;

    ErrorCode(Category category) {
        this.category = category;
    }

    /** What kind of refusal this is: what a caller can do about it. */
    public Category category() {
        return category;
    }

    /** Groups of codes that call for the same response from a caller. */
    public enum Category {
        /** The request itself is wrong (malformed, or a field out of its rules): fix it before sending it again. */
        INPUT,
        /** The caller's org or role may not do this: another identity must, or an operator must grant it. */
        AUTHORIZATION,
        /**
         * The ledger is not in the state the request assumes (a record missing, a lifecycle step out of
         * order, a date not reached): read the current state, then decide.
         */
        STATE,
        /** An id or a one-time step was already used: the earlier request stands, this one is not applied. */
        DUPLICATE,
        /** A rule every movement of units must pass (KYC, freezes, sanctions, eligibility, limits, caps, balance). */
        COMPLIANCE,
        /**
         * The green claim would not hold: proceeds for an ineligible or fully financed project, a tonne
         * retired or counted twice.
         */
        INTEGRITY,
        /**
         * Not the request's fault: the client's clock is off ({@link #CLOCK_SKEW}), or the chaincode failed
         * ({@link #INTERNAL_ERROR}); operators act, with the transaction id.
         */
        SYSTEM
    }
}
