package org.greenledger.chaincode.api.bond;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a bond is in its life. Every change of status is checked against {@link #next()}: an
 * impossible step fails with {@code INVALID_TRANSITION}.
 *
 * <pre>
 * DRAFT -> REVIEWED -> APPROVED -> OPEN -> SETTLING -> ISSUED -> MATURED -> REDEEMING -> REDEEMED
 *   \---------\-----------\---------\--> CANCELLED        |  \--------------^  \-> CALLED
 *                                                         \-> DEFAULTED (also from MATURED)
 * </pre>
 *
 * <p>SETTLING and REDEEMING are the runs that take a chunk of subscriptions or holders per
 * transaction: a bond stays in them from the first chunk to the last, and the one-chunk case
 * passes through them within its transaction.
 */
public enum BondStatus {
    /** Created by the issuer; terms may still be reviewed. */
    DRAFT,
    /** The external reviewer (a VERIFIER org) gave its second-party opinion. */
    REVIEWED,
    /** The registry approved the issue. */
    APPROVED,
    /** Open for subscriptions. */
    OPEN,
    /**
     * The book is closed and its subscriptions are being settled, a chunk per transaction: no new
     * subscription, no withdrawal, no cancellation; the units delivered so far do not trade yet.
     */
    SETTLING,
    /** Allocated and settled: units are held by investors. */
    ISSUED,
    /** Past the maturity date; principal due. */
    MATURED,
    /**
     * A redemption or call has begun and pays and retires the holders a chunk per transaction:
     * nothing moves the units meanwhile, not even a court order (the holders not reached yet keep
     * exactly what they will be paid for). {@link Bond#closure()} says which end it leads to.
     */
    REDEEMING,
    /** Principal (and final coupon) paid; units retired. Final. */
    REDEEMED,
    /** Redeemed early by the issuer. Final. */
    CALLED,
    /** An event of default was declared. Final. */
    DEFAULTED,
    /** Withdrawn before issue. Final. */
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<BondStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(REVIEWED, CANCELLED);
            case REVIEWED -> EnumSet.of(APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(SETTLING, CANCELLED);
            case SETTLING -> EnumSet.of(ISSUED);
            case ISSUED -> EnumSet.of(MATURED, REDEEMING, DEFAULTED);
            case MATURED -> EnumSet.of(REDEEMING, DEFAULTED);
            case REDEEMING -> EnumSet.of(REDEEMED, CALLED);
            case REDEEMED, CALLED, DEFAULTED, CANCELLED -> EnumSet.noneOf(BondStatus.class);
        };
    }

    public boolean canMoveTo(BondStatus target) {
        return next().contains(target);
    }
}
